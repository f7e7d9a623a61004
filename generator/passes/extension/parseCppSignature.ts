/** A small parser for the C++ declarations of extension methods (`Ogre::Real sum(int n = 0) const`). */

/** One parameter, as text. */
export interface SignatureParam {
  type: string;
  name: string;
  default?: string;
}

/** A function declaration taken apart. */
export interface CppSignature {
  returns: string;
  /** The C++ name: `sum`, `operator*`. */
  name: string;
  params: SignatureParam[];
  const: boolean;
  static: boolean;
}

/** Builtin type words: a trailing one is part of the type, not a parameter name. */
const TYPE_WORDS = new Set(['int', 'char', 'short', 'long', 'unsigned', 'signed', 'float', 'double', 'bool', 'void', 'const', 'volatile']);

/** Splits at top-level occurrences of `sep` (outside <>, (), [] and {}). */
export function splitTopLevel(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '<' || ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === '>' || ch === ')' || ch === ']' || ch === '}') depth--;
    else if (ch === sep && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim());
}

function parseParam(text: string, index: number): SignatureParam {
  const [decl = '', ...rest] = splitTopLevel(text, '=');
  const fallback = `arg${index}`;
  const m = /^(.*?[\s*&>])([A-Za-z_]\w*)$/.exec(decl);
  const named = m && m[1] && m[1].trim() !== '' && !TYPE_WORDS.has(m[2] ?? '');
  const param: SignatureParam = named ? { type: (m[1] ?? '').trim(), name: m[2] ?? fallback } : { type: decl, name: fallback };
  if (rest.length) param.default = rest.join('=').trim();
  return param;
}

/** Parses `[static] <return type> <name>(<params>) [const]`. Throws on anything it cannot read. */
export function parseCppSignature(signature: string): CppSignature {
  const text = signature.trim().replace(/\s+/g, ' ').replace(/;$/, '');
  const tail = /\)\s*(const)?\s*$/.exec(text);
  if (!tail) throw new Error(`extension signature '${signature}': expected '<type> <name>(<params>) [const]'`);
  const close = tail.index;
  let open = close;
  for (let depth = 0; open >= 0; open--) {
    if (text[open] === ')') depth++;
    else if (text[open] === '(' && --depth === 0) break;
  }
  let head = text.slice(0, open).trim();
  const isStatic = /^static\s/.test(head);
  if (isStatic) head = head.slice(7).trim();
  const op = /^(.*?)\s*\b(operator\b.*)$/.exec(head);
  const named = op ?? /^(.*?)\s*([A-Za-z_]\w*)$/.exec(head);
  const returns = named?.[1]?.trim() ?? '';
  const name = (named?.[2] ?? '').replace(/\s+/g, op ? '' : ' ');
  if (!returns || !name) throw new Error(`extension signature '${signature}': needs a return type and a name`);
  const inner = text.slice(open + 1, close).trim();
  const params = inner === '' || inner === 'void' ? [] : splitTopLevel(inner, ',').map(parseParam);
  return { returns, name, params, const: tail[1] === 'const', static: isStatic };
}
