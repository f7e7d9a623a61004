/** JSDoc structures for the typings, built from the docs in the view models. */
import { doxygenToTsDoc } from './doxygen.js';

/** The documentation of one declaration, as the view models carry it. */
export interface DocParts {
  /** Brief and details ('' for none). */
  doc: string;
  /** Parameter docs, by the parameter's name in the typings. */
  params?: readonly { name: string; doc: string }[];
  /** Text of `@returns` ('' for none). */
  returnsDoc?: string;
  /** Text of `@deprecated`; `null` or absent when not deprecated. */
  deprecated?: string | null;
}

/** Trimmed TSDoc text, Doxygen markup converted, safe inside a doc comment: the slash of every star-slash is escaped. */
export function escapeDoc(text: string): string {
  return doxygenToTsDoc(text).replace(/\*\//g, '*\\/').trim();
}

/**
 * The JSDoc of a declaration: none when there is nothing to say, else one comment with its tags.
 * The comment's text is given to ts-morph as one string: the text its JSDoc and tag structures
 * would make (description, then one `@tag text` per line), without a scratch writer per part.
 */
export function jsDocs(parts: DocParts): string[] {
  const tags: string[] = [];
  for (const p of parts.params ?? []) {
    const text = escapeDoc(p.doc);
    if (text) tags.push(`@param ${p.name} ${text}`);
  }
  const returns = escapeDoc(parts.returnsDoc ?? '');
  if (returns) tags.push(`@returns ${returns}`);
  if (parts.deprecated != null) {
    const text = escapeDoc(parts.deprecated);
    tags.push(text ? `@deprecated ${text}` : '@deprecated');
  }
  const description = escapeDoc(parts.doc);
  if (!description && tags.length === 0) return [];
  return [[...(description ? [description] : []), ...tags].join('\n')];
}
