/** Enums in the typings: ambient enums matching the runtime's frozen objects, and their flat constants. */
import {
  StructureKind, VariableDeclarationKind,
  type EnumDeclarationStructure, type StatementStructures, type VariableStatementStructure,
} from 'ts-morph';
import type { EnumView } from '../napi/views.js';
import { jsDocs } from './jsDoc.js';

/** What an enum declaration needs: its name, doc and constants (values are JS number literals). */
export type EnumParts = Pick<EnumView, 'jsName' | 'doc' | 'constants'>;

/** `enum Name { A = 0, … }` (the caller makes it exported and/or ambient). */
export function enumStructure(e: EnumParts): EnumDeclarationStructure {
  return {
    kind: StructureKind.Enum,
    name: e.jsName,
    docs: jsDocs({ doc: e.doc }),
    members: e.constants.map((k) => ({ name: k.name, initializer: k.value })),
  };
}

/** `export declare const A: Name.A;` — a flat constant typed as its enum member. */
function flatConstant(e: EnumView, name: string): VariableStatementStructure {
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    hasDeclareKeyword: true,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name, type: e.jsName ? `${e.jsName}.${name}` : 'number' }],
  };
}

/** A namespace-level enum and, for a flat one, every constant at module level (only those for an anonymous one). */
export function enumStatements(e: EnumView): StatementStructures[] {
  const decl: EnumDeclarationStructure[] = e.jsName ? [{ ...enumStructure(e), isExported: true, hasDeclareKeyword: true }] : [];
  return [...decl, ...(e.flat ? e.constants.map((k) => flatConstant(e, k.name)) : [])];
}
