/**
 * Enums in the typings: a branded number type and a const object of the same name (the runtime's
 * enum class), and their flat constants. A plain `number` is no enum to TypeScript, as it is no
 * exact match to the dispatcher; an enum's value is a `number` everywhere one is taken.
 */
import { StructureKind, VariableDeclarationKind, type VariableStatementStructure, type WriterFunction } from 'ts-morph';
import type { EnumView } from '../napi/views.js';
import { jsDocs } from './jsDoc.js';

/** The module-private symbol whose key brands enum types, keeping them apart from numbers and each other. */
export const ENUM_BRAND = 'enumBrand';

/** What an enum declaration needs: its name, doc and constants (values are JS number literals). */
export type EnumParts = Pick<EnumView, 'jsName' | 'doc' | 'constants'>;

/** `declare const enumBrand: unique symbol;` (not exported: only the enum types name it). */
export function enumBrandStatement(): VariableStatementStructure {
  return {
    kind: StructureKind.VariableStatement,
    hasDeclareKeyword: true,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name: ENUM_BRAND, type: 'unique symbol' }],
  };
}

/** A doc comment's text (`/** … *\/`, one line or several), or '' for none. */
function docComment(doc: string): string {
  const [text] = jsDocs({ doc });
  if (text === undefined) return '';
  return text.includes('\n') ? `/**\n${text.split('\n').map((l) => (l ? ` * ${l}` : ' *')).join('\n')}\n */\n` : `/** ${text} */\n`;
}

/**
 * `type Name = number & { readonly [enumBrand]: 'path' }` and `const Name: { members; names by value }`,
 * as one statement's text (ts-morph would indent a multi-line type as a continuation). `path` is the
 * enum's JS path (`Light.LightTypes`), unique in the module. `instanceof` narrows to it, as the
 * runtime's class answers it. `declare` for module level; a declared namespace's members have none.
 */
export function enumText(e: EnumParts, path: string, declare: boolean): string {
  const doc = docComment(e.doc);
  return [
    `${doc}export type ${e.jsName} = number & { readonly [${ENUM_BRAND}]: '${path}' };`,
    `${doc}export ${declare ? 'declare ' : ''}const ${e.jsName}: {`,
    ...e.constants.map((k) => `  readonly ${k.name}: ${e.jsName};`),
    '  /** The name of a value (the last declared, for aliases), as for a TypeScript enum. */',
    '  readonly [value: number]: string | undefined;',
    `  [Symbol.hasInstance](value: unknown): value is ${e.jsName};`,
    '};',
  ].join('\n');
}

/**
 * A namespace-level enum and, for a flat one, every constant at module level (`export declare const
 * PF_L8: PixelFormat;`; plain numbers for an anonymous enum's, which has only those): one text, a blank line after.
 */
export function enumStatements(e: EnumView): WriterFunction[] {
  const flat = e.flat ? e.constants.map((k) => `export declare const ${k.name}: ${e.jsName || 'number'};`) : [];
  const text = [...(e.jsName ? [enumText(e, e.jsName, true)] : []), ...flat].join('\n');
  return [(w) => w.write(text).blankLine()];
}
