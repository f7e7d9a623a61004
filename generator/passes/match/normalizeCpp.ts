/** Whitespace-insensitive spelling of C++ names and signatures, so rules and the model compare equal. */

/**
 * Collapses whitespace, drops it next to punctuation (`const Ogre::uchar *` → `const Ogre::uchar*`,
 * `Vector<3, float>` → `Vector<3,float>`) and drops a leading `::`. Word-separating spaces stay
 * (`unsigned int`).
 */
export function normalizeCpp(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/ ?([^\w ]) ?/g, '$1')
    .replace(/^::/, '');
}
