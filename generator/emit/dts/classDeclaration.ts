/** A bound class in the typings: an ambient class, plus a merged namespace for its nested enums. */
import {
  ModuleDeclarationKind, Scope, StructureKind,
  type ClassDeclarationStructure, type GetAccessorDeclarationStructure, type ModuleDeclarationStructure,
  type OptionalKind, type PropertyDeclarationStructure, type SetAccessorDeclarationStructure,
  type StatementStructures,
} from 'ts-morph';
import type { JsAccessorView } from '../napi/views.js';
import type { TsCompleteClassView } from './inheritedMembers.js';
import { enumText } from './enumDeclaration.js';
import { jsDocs } from './jsDoc.js';
import { constructorStructures, methodStructure } from './signatures.js';

/** The runtime's base class as the typings name it (not exported, not constructible). */
export const NATIVE_OBJECT = 'NativeObject';

/** What the view calls the runtime's base classes. */
const RUNTIME_BASE = 'rt.NativeObject';
const VALUE_BASE = 'rt.Value';
export const VALUE_OBJECT = 'ValueObject';

/** `declare abstract class ValueObject`: value classes iterate over their components and give JSON numbers. */
export function valueObjectStructure(): ClassDeclarationStructure {
  return {
    kind: StructureKind.Class,
    name: VALUE_OBJECT,
    hasDeclareKeyword: true,
    isAbstract: true,
    docs: jsDocs({ doc: 'Base of value classes (Vector3, Quaternion, Matrix4 …): JS objects holding the C++ fields.' }),
    properties: [{ name: '__value', scope: Scope.Private, isReadonly: true, type: "'ogre-napi.Value'" }],
    methods: [
      { name: '[Symbol.iterator]', returnType: 'IterableIterator<number>', docs: jsDocs({ doc: 'The components, in C++ order: `[...v]`.' }) },
      { name: 'ptr', returnType: 'number[]', docs: jsDocs({ doc: 'The components, copied (C++ returns a pointer into the object; the fields live in JS here).' }) },
      { name: 'toJSON', returnType: 'Record<string, unknown> | number[]', docs: jsDocs({ doc: 'The public fields, or the components when C++ keeps them private.' }) },
    ],
    ctors: [{ scope: Scope.Protected }],
  };
}

/** `declare abstract class NativeObject`: a brand keeps plain objects from passing for wrappers. */
export function nativeObjectStructure(): ClassDeclarationStructure {
  return {
    kind: StructureKind.Class,
    name: NATIVE_OBJECT,
    hasDeclareKeyword: true,
    isAbstract: true,
    docs: jsDocs({ doc: 'Base of every wrapper of a C++ object; only the bindings create them.' }),
    properties: [{ name: '__brand', scope: Scope.Private, isReadonly: true, type: "'ogre-napi.NativeObject'" }],
    ctors: [{ scope: Scope.Protected }],
    methods: [
      {
        name: 'dispose', returnType: 'void',
        // [Symbol.dispose] exists too (for `using`), but is not declared: consumers' TypeScript libs may lack Symbol.dispose.
        docs: jsDocs({ doc: 'Deletes the C++ object now (objects created from JS; the engine destroys its own through their owner: a TypeError here). Using the object afterwards is an Error; disposing twice does nothing. `[Symbol.dispose]()` does the same.' }),
      },
    ],
  };
}

/** Getter (and setter when writable) of one accessor; a getter alone reads as `readonly` in TypeScript. */
function accessorStructures(a: JsAccessorView) {
  const common = { name: a.jsName, ...(a.isStatic ? { isStatic: true } : {}) };
  const get: OptionalKind<GetAccessorDeclarationStructure> = { ...common, returnType: a.tsType, docs: jsDocs({ doc: a.doc }) };
  const set: OptionalKind<SetAccessorDeclarationStructure>[] = a.set.length > 0
    ? [{ ...common, parameters: [{ name: 'value', type: a.tsSetType ?? a.tsType }] }]
    : [];
  return { get, set };
}

/** The class declaration and, when it has nested enums, the namespace merged with it. */
export function classStatements(c: TsCompleteClassView): StatementStructures[] {
  const accessors = c.accessors.map(accessorStructures);
  const properties: OptionalKind<PropertyDeclarationStructure>[] = c.statics
    .filter((s) => s.tsType !== 'enum')
    .map((s) => ({ name: s.jsName, isStatic: true, isReadonly: true, type: s.tsType }));
  const methods = [...c.methods, ...(c.jsMembers ?? []).map((m) => ({ ...m, isStatic: false }))].flatMap((m) => methodStructure(m) ?? []);
  if (c.hasToString && !c.methods.some((m) => m.jsName === 'toString' && !m.isStatic)) {
    methods.push({ name: 'toString', returnType: 'string', docs: jsDocs({ doc: 'The C++ object as its `operator<<` prints it.' }) });
  }
  const cls: ClassDeclarationStructure = {
    kind: StructureKind.Class,
    name: c.jsName,
    isExported: true,
    hasDeclareKeyword: true,
    // Pure virtual methods left unimplemented: `new` is a TypeScript error, subclasses implement them.
    ...(c.pureVirtuals !== null ? { isAbstract: true } : {}),
    extends: c.jsBase === RUNTIME_BASE ? NATIVE_OBJECT : c.jsBase === VALUE_BASE ? VALUE_OBJECT : c.jsBase,
    implements: c.implements,
    docs: jsDocs({ doc: c.doc }),
    properties,
    // A director class without public constructors is still constructed by JS subclasses' super().
    ctors: constructorStructures(c.constructor ?? c.directorNew ?? null),
    getAccessors: accessors.map((a) => a.get),
    setAccessors: accessors.flatMap((a) => a.set),
    methods,
  };
  const nested = c.statics.filter((s) => s.tsType === 'enum');
  if (nested.length === 0) return [cls];
  const ns: ModuleDeclarationStructure = {
    kind: StructureKind.Module,
    name: c.jsName,
    isExported: true,
    hasDeclareKeyword: true,
    declarationKind: ModuleDeclarationKind.Namespace,
    statements: nested.map((e) => enumText({ jsName: e.jsName, doc: '', constants: e.constants ?? [] }, `${c.jsName}.${e.jsName}`, false)),
  };
  return [cls, ns];
}
