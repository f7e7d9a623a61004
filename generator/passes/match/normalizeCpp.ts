/** Whitespace-insensitive spelling of C++ names and signatures, so rules and the model compare equal. */

/** Results by input: each rule pass lists every declaration's signatures again, mostly the same strings. */
const normalized = new Map<string, string>();

/**
 * Collapses whitespace, drops it next to punctuation (`const Ogre::uchar *` → `const Ogre::uchar*`,
 * `Vector<3, float>` → `Vector<3,float>`) and drops a leading `::`. Word-separating spaces stay
 * (`unsigned int`).
 */
export function normalizeCpp(text: string): string {
  let result = normalized.get(text);
  if (result === undefined) {
    // Without whitespace only a leading `::` can change (most names).
    result = !/\s/.test(text) ? text.replace(/^::/, '') : text
      .trim()
      .replace(/\s+/g, ' ')
      .replace(/ ?([^\w ]) ?/g, '$1')
      .replace(/^::/, '');
    normalized.set(text, result);
  }
  return result;
}
