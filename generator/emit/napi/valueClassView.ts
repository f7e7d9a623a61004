/**
 * The JS side of a value class: symbol-keyed own properties holding its scalars (set in the
 * constructor: V8 makes class-field initialisers in a class hierarchy several times slower), accessors for the public ones
 * (floats rounded with Math.fround, integers range-checked, frozen constants refused), and the
 * methods copying its fields to and from register slots.
 */
import type { BoundClass } from '../../typemaps/index.js';
import type { ScalarKind } from '../../typemaps/valueLayout.js';

/** What the class template needs for a value class (every entry a JS snippet). */
export interface ValueClassView {
  /** Declarations of the keys its fields are stored under (`const VectorBase3$x = Symbol('x');`), before the class. */
  keys: string[];
  /** Statements making the class's own fields from `s` at slot `k`, in the constructor (after the base's). */
  init: string[];
  /** Statements loading the class's own fields from `s` at slot `k` (the base's come first). */
  load: string[];
  /** Statements storing them into `s` from slot `k`. */
  store: string[];
  /** Public fields' accessors: `get x() {…}` / `set x(v) {…}`. */
  accessors: string[];
  /** Statements freezing nested values too. */
  freeze: string[];
  /** The base is a value class: load/store call it first. */
  hasBase: boolean;
  /** Public field names, bases first (toJSON). */
  publicNames: string;
  /** The constructor's parameter list: at least `a0, a1, a2` (the internal path reads token, slot and source from them). */
  params: string;
  /** The public fields as the typings declare them. */
  ts: { jsName: string; tsType: string; tsSetType?: string }[];
}

/** The expression checking and converting `v` written to a scalar field. */
function convert(s: ScalarKind, where: string): string {
  switch (s.kind) {
    case 'f32': return `rt.setF32(this, v, '${where}')`;
    case 'f64': return `rt.setF64(this, v, '${where}')`;
    case 'bool': return `rt.setBool(this, v, '${where}')`;
    default: return s.enum ? `rt.setEnum(this, v, ${s.enum}, ${s.lo}, ${s.hi}, '${where}')` : `rt.setInt(this, v, ${s.lo}, ${s.hi}, '${s.type}', '${where}')`;
  }
}


/** The view of value class `cls` (`jsName` and its layout), whose constructor takes up to `arity` arguments. */
export function valueClassView(cls: BoundClass, arity: number): ValueClassView {
  const layout = cls.value!;
  const params = Array.from({ length: Math.max(3, arity) }, (_, i) => `a${i}`).join(', ');
  const v: ValueClassView = { keys: [], init: [], load: [], store: [], accessors: [], freeze: [], hasBase: layout.baseSlots > 0, publicNames: JSON.stringify(layout.publicNames), params, ts: [] };
  for (const f of layout.fields) {
    const where = `${cls.jsName}.${f.name}`;
    if (f.isPublic) {
      // An enum field holds its number (registers carry it) and is read as the enum's value.
      const scalar = f.scalar?.kind === 'bool' ? 'boolean' : f.scalar?.kind === 'int' && f.scalar.enum && !f.dims ? f.scalar.enum : 'number';
      // A nested value is set from a copy or its constructor's numbers.
      v.ts.push(f.nested ? { jsName: f.name, tsType: f.nested.jsName, tsSetType: `${f.nested.jsName} | readonly number[]` }
        : { jsName: f.name, tsType: f.dims ? `readonly ${scalar}[]` : scalar });
    }
    if (f.nested) {
      const js = f.nested.jsName;
      const key = `${cls.jsName}$${f.name}`;
      v.keys.push(`const ${key} = Symbol('${f.name}');`);
      v.init.push(`this[${key}] = new ${js}(rt.INTERNAL, k + ${f.at}, s);`);
      v.load.push(`this[${key}][rt.LOAD](s, k + ${f.at});`);
      v.store.push(`this[${key}][rt.STORE](s, k + ${f.at});`);
      v.freeze.push(`this[${key}][rt.FREEZE]();`);
      if (f.isPublic) {
        v.accessors.push(`get ${f.name}() { return this[${key}]; }`,
          `set ${f.name}(v) { rt.assignValue(this[${key}], v, ${js}, this, '${where}'); }`);
      }
      continue;
    }
    const key = `${cls.jsName}$${f.name}`;
    v.keys.push(`const ${key} = Symbol('${f.name}');`);
    const bool = f.scalar!.kind === 'bool';
    const slot = (i: number) => (bool ? `s[k + ${f.at + i}] !== 0` : `s[k + ${f.at + i}]`);
    // An array field is one JS array: one allocation, where a property per element would outgrow the object.
    const names = f.dims ? Array.from({ length: f.slots }, (_, i) => `[${key}][${i}]`) : [`[${key}]`];
    v.init.push(f.dims ? `this[${key}] = [${names.map((_, i) => slot(i)).join(', ')}];` : `this[${key}] = ${slot(0)};`);
    names.forEach((n, i) => {
      v.load.push(`this${n} = ${slot(i)};`);
      v.store.push(`s[k + ${f.at + i}] = ${bool ? `+this${n}` : `this${n}`};`);
    });
    // An array field's array stays unfrozen: V8 would box its numbers, making every STORE of a constant slower.
    if (!f.isPublic) continue;
    if (f.dims) {
      // A copy comes out (frozen: writing into it would be lost); assigning an array sets every element.
      v.accessors.push(`get ${f.name}() { return Object.freeze([${names.map((n) => `this${n}`).join(', ')}]); }`,
        `set ${f.name}(v) { rt.checkNumbers(v, ${f.slots}, ${f.slots}, '${where}', 'value'); ${names.map((n, i) => `this${n} = ${convert(f.scalar!, where).replace(/\bv\b/, `v[${i}]`)};`).join(' ')} }`);
    } else {
      const e = f.scalar!.kind === 'int' ? f.scalar!.enum : undefined;
      v.accessors.push(`get ${f.name}() { return ${e ? `rt.enumOf(${e}, this${names[0]})` : `this${names[0]}`}; }`, `set ${f.name}(v) { this${names[0]} = ${convert(f.scalar!, where)}; }`);
    }
  }
  return v;
}
