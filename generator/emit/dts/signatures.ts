/** Constructor and method overloads of the typings, one declaration per TypeScript signature. */
import {
  Scope, StructureKind,
  type ConstructorDeclarationStructure, type MethodDeclarationStructure, type OptionalKind,
  type ParameterDeclarationStructure,
} from 'ts-morph';
import type { TsSignatureView } from '../napi/views.js';
import type { TsMethodView } from './typingsView.js';
import { jsDocs } from './jsDoc.js';

/** Words that cannot name a parameter in strict-mode TypeScript. */
const RESERVED = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else',
  'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof',
  'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void',
  'while', 'with', 'implements', 'interface', 'let', 'package', 'private', 'protected', 'public',
  'static', 'yield', 'arguments', 'eval', 'await',
]);

/** Parameter names usable in TypeScript: unnamed ones get `argN`, reserved words a `_` suffix, duplicates their index. */
export function parameterNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((raw, i) => {
    let name = raw || `arg${i}`;
    if (RESERVED.has(name)) name = `${name}_`;
    if (seen.has(name)) name = `${name}${i}`;
    seen.add(name);
    return name;
  });
}

/** One TypeScript signature: its parameters and JSDoc (the return type is the caller's business). */
export function signature(sig: TsSignatureView) {
  const names = parameterNames(sig.params.map((p) => p.name));
  const parameters: OptionalKind<ParameterDeclarationStructure>[] = sig.params.map((p, i) => ({
    name: names[i] ?? p.name,
    type: p.type,
    ...(p.optional ? { hasQuestionToken: true } : {}),
  }));
  const docs = jsDocs({
    doc: sig.doc,
    params: sig.params.map((p, i) => ({ name: names[i] ?? p.name, doc: p.doc })),
    returnsDoc: sig.returnsDoc,
    deprecated: sig.deprecated,
  });
  return { parameters, docs };
}

/**
 * A method with its overloads, or `undefined` when it has no TypeScript signature.
 * In an ambient class ts-morph prints the overloads and the main structure alike, as body-less
 * signatures, so the last signature is the main structure.
 */
export function methodStructure(m: TsMethodView): OptionalKind<MethodDeclarationStructure> | undefined {
  // TypeScript wants every overload of an abstract method abstract.
  const sigs = m.ts.map((s) => ({
    ...signature(s), returnType: s.returns || 'void', ...(m.isStatic ? { isStatic: true } : {}), ...(m.isAbstract ? { isAbstract: true } : {}),
  }));
  const last = sigs.pop();
  if (!last) return undefined;
  return { kind: StructureKind.Method, name: m.jsName, ...last, overloads: sigs };
}

/**
 * The constructor overloads of a class. A class that JavaScript may not construct (no constructor,
 * or one without signatures) gets a `protected constructor()`: `new` fails in TypeScript while
 * derived classes in the typings can still extend it.
 */
export function constructorStructures(ctor: TsMethodView | null): OptionalKind<ConstructorDeclarationStructure>[] {
  const sigs = ctor?.ts ?? [];
  if (sigs.length === 0) return [{ kind: StructureKind.Constructor, scope: Scope.Protected }];
  const all = sigs.map((s) => signature(s));
  const last = all.pop();
  return last ? [{ kind: StructureKind.Constructor, ...last, overloads: all }] : [];
}
