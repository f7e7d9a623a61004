/** Loads clang-ts's native addon and declares its raw, handle-based interface. */
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Selectors shared with native/clang-ts (keep the numbers in sync with the C++ enums). */
export enum CursorString { Spelling, DisplayName, Usr, RawComment, BriefComment, KindName, Mangling }
export enum CursorRelation {
  SemanticParent, LexicalParent, Definition, Referenced, Canonical, SpecializedTemplate,
  VarInitializer,
}
export enum CursorTypeOf { Type, ResultType, TypedefUnderlying, EnumIntegerType }
export enum TypeString { Spelling, KindName, TypedefName }
export enum TypeRelation { Canonical, Pointee, Result, Element, Named, Class, Modified }

/** Bits of `cursorFlags`. */
export const CursorFlag = {
  Static: 1 << 0, Const: 1 << 1, Virtual: 1 << 2, Pure: 1 << 3, Defaulted: 1 << 4,
  Deleted: 1 << 5, Deprecated: 1 << 6, Abstract: 1 << 7, ScopedEnum: 1 << 8,
  VirtualBase: 1 << 9, Definition: 1 << 10, Variadic: 1 << 11, StaticStorage: 1 << 12,
  InSystemHeader: 1 << 13, Anonymous: 1 << 14, Final: 1 << 15, Declaration: 1 << 16,
  InMainFile: 1 << 17,
} as const;

/** Bits of `typeFlags`. */
export const TypeFlag = { Const: 1 << 0, Volatile: 1 << 1, Restrict: 1 << 2, Pod: 1 << 3, Variadic: 1 << 4 } as const;

/** A raw diagnostic as the addon reports it. */
export interface NativeDiagnostic { severity: number; message: string; file: string; line: number; column: number }
/** A raw template argument of a specialization cursor. */
export interface NativeTemplateArgument { kind: number; type: number; value?: number }

/** The native TranslationUnit: every cursor and type is an integer handle into its tables. */
export interface NativeTranslationUnit {
  dispose(): void;
  isDisposed(): boolean;
  root(): number;
  save(path: string): number;
  includedFiles(): string[];
  diagnostics(): NativeDiagnostic[];
  cursorCount(): number;
  cursorKind(c: number): number;
  cursorStr(c: number, which: CursorString): string;
  cursorLocation(c: number): [file: string, line: number, column: number];
  cursorRelated(c: number, which: CursorRelation): number;
  cursorChildren(c: number): Int32Array;
  cursorFlags(c: number): number;
  cursorAccess(c: number): number;
  cursorType(c: number, which: CursorTypeOf): number;
  cursorArguments(c: number): Int32Array;
  cursorTemplateArguments(c: number): NativeTemplateArgument[];
  enumConstantValue(c: number): number | bigint;
  cursorTokens(c: number): string[];
  cursorEquals(a: number, b: number): boolean;
  typeKind(t: number): number;
  typeStr(t: number, which: TypeString): string;
  typeRelated(t: number, which: TypeRelation): number;
  typeFlags(t: number): number;
  typeDeclaration(t: number): number;
  typeTemplateArguments(t: number): Int32Array;
  typeSize(t: number): number;
  typeKey(t: number): number;
  typeArguments(t: number): Int32Array;
}

interface NativeAddon {
  TranslationUnit: new (file: string, args: string[], options: number, unsaved?: [string, string][]) => NativeTranslationUnit;
  version: string;
}

/** Finds build/Release/clang_ts.node from the package root (this file sits two levels below it). */
function loadAddon(): NativeAddon {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const file = join(root, 'build', 'Release', 'clang_ts.node');
  if (!existsSync(file)) {
    throw new Error(`clang-ts native addon not built (${file} is missing): run \`npm run build:native\``);
  }
  return createRequire(import.meta.url)(file) as NativeAddon;
}

let addon: NativeAddon | undefined;

/** The loaded addon (loaded on first use). */
export function native(): NativeAddon {
  addon ??= loadAddon();
  return addon;
}
