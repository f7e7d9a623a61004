/** Enum cursors → IR {@link EnumDecl} with constant values. */
import { type Cursor, CursorKind } from '../clang/index.js';
import type { EnumConstant, EnumDecl } from '../model/index.js';
import type { DeclContext } from './DeclContext.js';
import { parseDocComment } from './docComment.js';
import { unqualified } from './typeRef.js';

/** Builds an enum; unnamed enums get an id from their position. */
export function enumDecl(ctx: DeclContext, c: Cursor, parent: string): EnumDecl {
  const anonymous = c.isAnonymous || !c.spelling || c.spelling.includes('(unnamed');
  const loc = c.location;
  const where = ctx.moduleOf(loc.file);
  const name = anonymous ? '' : c.spelling;
  const id = `${parent ? `${parent}::` : ''}${anonymous ? `(anonymous enum at ${where?.relative ?? loc.file}:${loc.line})` : name}`;
  const constants: EnumConstant[] = c.children()
    .filter((k) => k.kind === CursorKind.EnumConstantDecl)
    .map((k) => {
      const v = k.enumValue;
      const constant: EnumConstant = { name: k.spelling, value: typeof v === 'bigint' ? v.toString() : v };
      const doc = parseDocComment(k.rawComment, k.briefComment);
      if (doc) constant.doc = doc;
      return constant;
    });
  const e: EnumDecl = {
    ...ctx.base(c, parent, name, id),
    kind: 'enum',
    underlying: unqualified(c.enumIntegerType?.canonical.spelling ?? 'int'),
    constants,
  };
  if (c.isScopedEnum) e.scoped = true;
  if (anonymous) e.anonymous = true;
  return e;
}
