/** How a parameter or result type is passed: by value, (const) reference or pointer, and to what. */
import type { TypeRef } from '../model/index.js';
import { unqualified } from '../parse/typeRef.js';

/** Value category plus the canonical spelling of the type behind it. */
export interface Shape {
  by: 'value' | 'cref' | 'ref' | 'ptr' | 'cptr';
  /** Canonical spelling of the underlying type, without cv-qualifiers: `Ogre::Vector<3, float>`, `unsigned char`. */
  base: string;
  /** The TypeRef of the underlying type. */
  inner: TypeRef;
}

/** The structure behind a typedef of a template specialization (`StringVector` → `std::vector<…>`), else `t`. */
export function structural(t: TypeRef): TypeRef {
  return t.kind === 'typedef' && t.target ? t.target : t;
}

/** The TypeScript type of a pointer-like result: `| null` unless the spec says it never is (`nonNull`). */
export function orNull(ts: string, t: TypeRef): string {
  return t.nonNull ? ts : `${ts} | null`;
}

/** Strips one reference or pointer level. */
export function shapeOf(t: TypeRef): Shape {
  if ((t.kind === 'lvalue-ref' || t.kind === 'pointer') && t.pointee) {
    const inner = t.pointee;
    const isConst = inner.const === true || /^const /.test(inner.canonical);
    const by = t.kind === 'pointer' ? (isConst ? 'cptr' : 'ptr') : isConst ? 'cref' : 'ref';
    return { by, base: unqualified(inner.canonical), inner };
  }
  return { by: 'value', base: unqualified(t.canonical), inner: t };
}
