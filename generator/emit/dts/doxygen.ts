/** Doxygen markup in doc text → what TSDoc and editors show: links, code spans, emphasis, lists, plain paragraphs. */

/** Commands whose word argument becomes a code span, emphasis or bold (`@c name`, `\a param`, `@b word`). */
const WORD: Record<string, (w: string) => string> = {
  c: (w) => `\`${w}\``, p: (w) => `\`${w}\``, a: (w) => `*${w}*`, e: (w) => `*${w}*`, em: (w) => `*${w}*`, b: (w) => `**${w}**`,
};

/** Paragraph commands shown as a bold label. */
const LABEL: Record<string, string> = {
  note: 'Note:', warning: 'Warning:', attention: 'Attention:', todo: 'To do:', bug: 'Bug:', pre: 'Precondition:',
  post: 'Postcondition:', invariant: 'Invariant:', since: 'Since:', version: 'Version:', sa: 'See also:',
};

/** `Ogre::Node::getChild` or `#RGN_DEFAULT` → `Node.getChild`, `RGN_DEFAULT` (the JS names). */
const jsRef = (ref: string) => ref.replace(/^#/, '').replace(/\(\)$/, '').replace(/^(?:Ogre|OgreBites|RTShader)::/, '').replace(/::/g, '.');

/** HTML tags of doc comments → Markdown (the rest are removed). */
function html(text: string): string {
  return text
    .replace(/<\/?(?:b|strong)>/gi, '**')
    .replace(/<\/?(?:i|em)>/gi, '*')
    .replace(/<\/?(?:code|tt)>/gi, '`')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/\s*<li>\s*/gi, '\n- ')
    .replace(/<\/?pre>/gi, '\n```\n')
    .replace(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi, '');
}

/** Converts Doxygen commands and HTML in `text`; grouping markers (`@{`, `@}`, `\addtogroup`, `@name`) are dropped. */
export function doxygenToTsDoc(text: string): string {
  if (!/[@\\<]/.test(text)) return text;
  const out = html(text)
    .replace(/[@\\](?:addtogroup|defgroup|ingroup|weakgroup)\s+\w+(?:[ \t]+[^\n@]*)?/g, '')
    .replace(/[@\\]name\s+[^\n]*/g, '')
    .replace(/[@\\][{}]/g, '')
    .replace(/[@\\]overload\b/g, '')
    .replace(/(?<!\{)[@\\](?:ref|link)\s+([#\w:~]+(?:\(\))?)(?:\s+"([^"]*)")?/g, (_m, ref: string, label?: string) => `{@link ${jsRef(ref)}${label ? ` | ${label}` : ''}}`)
    .replace(/[@\\]endlink\b/g, '')
    .replace(/[@\\](c|p|a|e|em|b)\s+([\w:#~-]+(?:\.\w+)*(?:\(\))?)/g, (_m, cmd: string, w: string) => WORD[cmd]!(w))
    .replace(/[@\\](?:verbatim|code)(?:\{[^}]*\})?/g, '\n```\n')
    .replace(/[@\\](?:endverbatim|endcode)/g, '\n```\n')
    .replace(/[@\\](?:remarks?|details)\b\s*/g, '')
    .replace(/[@\\]par\s+([^\n]*)/g, (_m, title: string) => (title.trim() ? `**${title.trim()}**` : ''))
    .replace(/[@\\](?:li|arg)\s+/g, '\n- ')
    .replace(/[@\\](note|warning|attention|todo|bug|pre|post|invariant|since|version|sa)\b\s*/g, (_m, cmd: string) => `**${LABEL[cmd]}** `)
    .replace(/\\see\b/g, '@see')
    .replace(/[@\\](?:brief|short)\s+/g, '');
  return out.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').replace(/^[ \t]*\n+|\n+[ \t]*$/g, '').trim();
}
