/** Function, method and constructor cursors → IR {@link FunctionDecl}. */
import { type Cursor, CursorKind } from '../clang/index.js';
import type { FunctionDecl, Param } from '../model/index.js';
import { type Substitution, substituteText, toTypeRef } from './typeRef.js';
import type { DeclContext } from './DeclContext.js';

/** `operator+=` → `+=`; `operatorNew` and plain names → undefined. */
export function operatorSymbol(name: string): string | undefined {
  const m = /^operator\s*([^\w\s].*|new(?:\[\])?|delete(?:\[\])?)$/.exec(name);
  return m?.[1]?.trim();
}

function params(cursor: Cursor, sub: Substitution | undefined): Param[] {
  return cursor.arguments.map((arg, i) => {
    const p: Param = { name: arg.spelling || `arg${i}`, type: toTypeRef(arg.type!, sub) };
    const def = arg.defaultArgumentText;
    if (def !== null) p.default = substituteText(def, sub);
    return p;
  });
}

/** Builds the IR of a function-like cursor whose parent has id `parent`. */
export function functionDecl(ctx: DeclContext, cursor: Cursor, parent: string, sub?: Substitution): FunctionDecl {
  const kind = cursor.kind;
  const spelling = cursor.spelling;
  // Inside a class template a constructor is spelled `Vec<N, T>`: name it `Vec`, as an explicit
  // specialization's constructor is, rather than substituting the whole instantiation's id.
  const ctorInTemplate = sub !== undefined && kind === CursorKind.Constructor;
  const name = ctorInTemplate ? spelling.replace(/<.*$/, '') : substituteText(spelling, sub);
  const signature = ctorInTemplate
    ? `${name}${substituteText(cursor.displayName.slice(spelling.length), sub)}`
    : substituteText(cursor.displayName, sub);
  const isConst = cursor.isConst;
  const fn: FunctionDecl = {
    ...ctx.base(cursor, parent, name, `${parent ? `${parent}::` : ''}${signature}${isConst ? ' const' : ''}`),
    kind: kind === CursorKind.Constructor ? 'constructor'
      : kind === CursorKind.ConversionFunction ? 'conversion'
      : kind === CursorKind.FunctionDecl ? 'function' : 'method',
    params: params(cursor, sub),
    returns: toTypeRef(cursor.resultType!, sub),
  };
  const op = kind === CursorKind.CXXMethod || kind === CursorKind.FunctionDecl ? operatorSymbol(name) : undefined;
  if (op) fn.operator = op;
  if (cursor.isStatic) fn.static = true;
  if (isConst) fn.const = true;
  if (cursor.isVirtual) fn.virtual = true;
  if (cursor.isPure) fn.pure = true;
  if (cursor.isDeleted) fn.deleted = true;
  if (cursor.isDefaulted) fn.defaulted = true;
  if (cursor.isVariadic) fn.variadic = true;
  // A free function only declared here lives in the library under this symbol.
  if (kind === CursorKind.FunctionDecl && !sub && !definedInHeader(cursor)) fn.symbol = cursor.mangling;
  if (kind === CursorKind.Constructor && isExplicit(cursor)) fn.explicit = true;
  return fn;
}

/** An inline, static or constexpr function, or one with a body (skipped bodies still leave their tokens). */
function definedInHeader(cursor: Cursor): boolean {
  if (cursor.isDefinition) return true;
  const tokens = cursor.tokens();
  const nameAt = tokens.indexOf(cursor.spelling);
  return tokens.includes('{') || tokens.slice(0, nameAt < 0 ? tokens.length : nameAt).some((t) => t === 'inline' || t === 'static' || t === 'constexpr');
}

/** `explicit` appears before the constructor's name. */
function isExplicit(cursor: Cursor): boolean {
  const tokens = cursor.tokens();
  const nameAt = tokens.indexOf(cursor.spelling);
  return tokens.slice(0, nameAt < 0 ? tokens.length : nameAt).includes('explicit');
}
