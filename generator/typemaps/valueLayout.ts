/**
 * Value classes: small classes whose copy is a copy of their fields (Vector3, Quaternion, Matrix4 …),
 * held in JS as objects with those fields and passed to C++ through the registers, one slot per
 * scalar. This works out each one's slots from the model and refuses classes it cannot hold.
 */
import type { ClassDecl, LayoutField, TypeRef } from '../model/index.js';
import { INTEGERS } from './primitives.js';
import type { BoundClass, BoundEnum } from './TypeMap.js';

/** How JS holds one scalar: float (rounded with Math.fround), double, bool or a checked integer. */
export type ScalarKind = { kind: 'f32' } | { kind: 'f64' } | { kind: 'bool' }
  /** `enum`: the JS path of the enum class an enum-typed field's value is an instance of. */
  | { kind: 'int'; lo: number; hi: number; type: string; enum?: string };

/** One data member of a value class. */
export interface ValueField {
  name: string;
  /** Public in C++: JS gets an accessor of that name. */
  isPublic: boolean;
  /** First register slot, counted from the start of the object (base classes' slots come first). */
  at: number;
  /** Scalars, arrays of scalars (`dims`), or a nested value class. */
  scalar?: ScalarKind;
  dims?: number[];
  nested?: BoundClass;
  slots: number;
}

/** A value class's layout in registers. */
export interface ValueLayout {
  /** Slots of the whole object (bases included). */
  slots: number;
  /** Slots of its value base, whose fields come first (0 without one). */
  baseSlots: number;
  /** Fields declared by the class itself. */
  fields: ValueField[];
  /** Public field names of the class and its bases, for toJSON. */
  publicNames: string[];
}


/** The scalar kind of a field type, or undefined when it is not a number, bool or enum. */
export function scalarKind(t: TypeRef, enumOf: (id: string) => BoundEnum | undefined): ScalarKind | undefined {
  const c = t.canonical.replace(/^const /, '');
  if (c === 'float') return { kind: 'f32' };
  if (c === 'double') return { kind: 'f64' };
  if (c === 'bool') return { kind: 'bool' };
  const range = INTEGERS[c];
  if (range) return { kind: 'int', lo: range[0], hi: range[1], type: c };
  const e = enumOf(c);
  return e ? { kind: 'int', lo: e.min, hi: e.max, type: e.jsName, enum: e.jsName } : undefined;
}

/** `float [4][4]` → [4, 4] and the element type's canonical spelling. */
function arrayShape(t: TypeRef): { dims: number[]; element: string } | undefined {
  const m = /^([^[]+?)\s*((?:\[\d+\])+)$/.exec(t.canonical.replace(/^const /, ''));
  if (!m) return undefined;
  return { dims: [...m[2]!.matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1])), element: m[1]! };
}

/** Facts the layout needs about the binding. */
export interface LayoutEnv {
  classOf(id: string): BoundClass | undefined;
  enumOf(id: string): BoundEnum | undefined;
  decl(id: string): ClassDecl | undefined;
}

/**
 * The layout of value class `c` (its value base already laid out), or a reason it cannot be one.
 * Every base must be a value class; every field a number, bool, enum, array of those or value class.
 */
export function valueLayout(c: ClassDecl, env: LayoutEnv): ValueLayout | string {
  if (c.copyProblem) return `${c.id} cannot be a value class: ${c.copyProblem}`;
  if (c.incomplete) return `${c.id} cannot be a value class: only declared`;
  const bases = c.bases.map((b) => (b.decl ? env.classOf(b.decl) : undefined));
  if (bases.length > 1) return `${c.id} cannot be a value class: it has several bases`;
  const base = bases[0];
  if (c.bases.length && !base?.value) return `${c.id} cannot be a value class: its base ${c.bases[0]!.type.canonical} is not one`;
  let at = base?.value?.slots ?? 0;
  const fields: ValueField[] = [];
  for (const f of c.layout ?? []) {
    const field = valueField(f, at, env);
    if (typeof field === 'string') return `${c.id} cannot be a value class: field ${f.name || '(anonymous)'} ${field}`;
    fields.push(field);
    at += field.slots;
  }
  if (at === 0) return `${c.id} cannot be a value class: it has no data`;
  const publicNames = [...(base?.value?.publicNames ?? []), ...fields.filter((f) => f.isPublic).map((f) => f.name)];
  return { slots: at, baseSlots: base?.value?.slots ?? 0, fields, publicNames };
}

function valueField(f: LayoutField, at: number, env: LayoutEnv): ValueField | string {
  if (!f.name) return 'is an anonymous union or struct';
  const isPublic = f.access === 'public';
  const scalar = scalarKind(f.type, env.enumOf);
  if (scalar) return { name: f.name, isPublic, at, scalar, slots: 1 };
  const array = arrayShape(f.type);
  if (array) {
    const element = scalarKind({ kind: 'builtin', spelling: array.element, canonical: array.element }, env.enumOf);
    if (!element) return `is an array of ${array.element}`;
    return { name: f.name, isPublic, at, scalar: element, dims: array.dims, slots: array.dims.reduce((a, b) => a * b, 1) };
  }
  const nested = env.classOf(f.type.canonical.replace(/^const /, ''));
  if (nested?.value) return { name: f.name, isPublic, at, nested, slots: nested.value.slots };
  return `has type ${f.type.canonical}, which is not a number, enum or value class`;
}
