/** Free functions in the typings: `declare function` overloads, or a namespace holder class with static methods. */
import {
  Scope, StructureKind,
  type ClassDeclarationStructure, type FunctionDeclarationStructure, type OptionalKind, type StatementStructures,
} from 'ts-morph';
import type { TsFunctionGroupView, TsMethodView } from './typingsView.js';
import { jsDocs } from './jsDoc.js';
import { methodStructure, signature } from './signatures.js';

/** `export declare function name(…): R;` with one overload per signature. */
function functionStructure(m: TsMethodView): FunctionDeclarationStructure | undefined {
  const sigs = m.ts.map((s) => ({ ...signature(s), returnType: s.returns || 'void' }));
  const last = sigs.pop();
  if (!last) return undefined;
  return { kind: StructureKind.Function, name: m.jsName, isExported: true, hasDeclareKeyword: true, ...last, overloads: sigs };
}

/** A group's declarations: flat functions, or `export declare class ImGui` (not constructible) with static methods. */
export function functionGroupStatements(g: TsFunctionGroupView): StatementStructures[] {
  if (g.flat) return g.methods.map(functionStructure).filter((f): f is FunctionDeclarationStructure => f !== undefined);
  const holder: ClassDeclarationStructure = {
    kind: StructureKind.Class,
    name: g.jsName,
    isExported: true,
    hasDeclareKeyword: true,
    docs: jsDocs({ doc: g.doc }),
    ctors: [{ scope: Scope.Private }],
    methods: g.methods.map(methodStructure).filter((m): m is OptionalKind<NonNullable<ReturnType<typeof methodStructure>>> => m !== undefined),
  };
  return [holder];
}
