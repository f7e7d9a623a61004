/**
 * How a class copies, read from its cursor: value classes (JS objects holding the fields) need
 * copies that are exactly a copy of each field — trivially copyable, or copy functions that only
 * copy each member (`Radian(const Radian& r) : mRad(r.mRad) {}`), which the tokens show.
 */
import { readFileSync } from 'node:fs';
import { type Cursor, CursorKind } from '../clang/index.js';

/** Why copying `c` is more than copying its fields, or undefined when it is not. */
export function copyProblem(c: Cursor): string | undefined {
  const self = bare(c.type?.canonical.spelling ?? c.spelling);
  const fields = c.children().filter((k) => k.kind === CursorKind.FieldDecl).map((k) => k.spelling);
  for (const m of c.children()) {
    switch (m.kind) {
      case CursorKind.CXXBaseSpecifier:
        if (m.isVirtualBase) return 'it has a virtual base';
        break;
      case CursorKind.CXXMethod:
        if (m.isVirtual) return `it has virtual functions (${m.spelling})`;
        if (m.spelling === 'operator=' && isCopyParam(m, self) && !m.isDefaulted && !m.isDeleted && !memberwiseAssign(m, fields)) {
          return 'its copy assignment does more than copy each field';
        }
        break;
      case CursorKind.Constructor:
        if (isCopyParam(m, self) && !m.isDefaulted && !m.isDeleted && !memberwiseConstruct(m, fields)) {
          return 'its copy constructor does more than copy each field';
        }
        break;
      case CursorKind.Destructor:
        if (m.isVirtual) return 'it has a virtual destructor';
        if (!m.isDefaulted && !emptyBody(definitionTokens(m))) return 'it has a user-provided destructor';
        break;
      default:
    }
  }
  return undefined;
}

/** A type's spelling without cv-qualifiers and references. */
const bare = (t: string) => t.replace(/^const /, '').replace(/ const$/, '').replace(/\s*&&?$/, '').replace(/^const /, '');

/** One parameter, a reference to the class itself (a copy or move function). */
function isCopyParam(m: Cursor, self: string): boolean {
  const args = m.arguments;
  if (args.length !== 1 || !/&$/.test(args[0]!.type?.spelling ?? '')) return false;
  return bare(args[0]!.type?.canonical.spelling ?? '') === self;
}

/**
 * The function's tokens from its name to the end of its body, read from the header (the parse
 * skips function bodies, so the cursor's own tokens stop at the declarator).
 */
function definitionTokens(m: Cursor): string[] {
  const { file, line, column } = m.location;
  let text: string;
  try { text = readFileSync(file, 'latin1'); } catch { return []; }
  const lines = text.split('\n');
  const from = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  const tokens: string[] = [];
  const re = /\/\/[^\n]*|\/\*[\s\S]*?\*\/|(\w+|::|->|&&|[^\s\w])/g;
  re.lastIndex = from;
  let depth = 0;
  for (let t = re.exec(text); t; t = re.exec(text)) {
    if (!t[1]) continue;
    tokens.push(t[1]);
    if (t[1] === '{') depth++;
    else if (t[1] === '}' && --depth === 0) break;
    else if (t[1] === ';' && depth === 0) break;
  }
  return tokens;
}

/** `X(const X& o) : a(o.a), b(o.b) {}` with every field. */
function memberwiseConstruct(m: Cursor, fields: string[]): boolean {
  const t = definitionTokens(m);
  const close = t.indexOf(')');
  const other = t[close - 1];
  if (close < 0 || !other) return false;
  let i = close + 1;
  const copied = new Set<string>();
  if (t[i] === ':') {
    for (i++; ; i += 7) {
      // field ( other . field ) [,]
      const [f, open, o, dot, g, shut, sep] = t.slice(i, i + 7);
      if (open !== '(' || o !== other || dot !== '.' || g !== f || shut !== ')') return false;
      copied.add(f!);
      if (sep !== ',') { i += 6; break; }
    }
  }
  return fields.every((f) => copied.has(f)) && emptyBody(t.slice(i));
}

/** `X& operator=(const X& o) { a = o.a; b = o.b; return *this; }` with every field. */
function memberwiseAssign(m: Cursor, fields: string[]): boolean {
  const t = definitionTokens(m);
  const close = t.indexOf(')');
  const other = t[close - 1];
  const open = t.indexOf('{', close);
  if (close < 0 || open < 0 || !other) return false;
  const copied = new Set<string>();
  let i = open + 1;
  for (; t[i] !== 'return' && t[i] !== '}'; i += 6) {
    // field = other . field ;
    const [f, eq, o, dot, g, semi] = t.slice(i, i + 6);
    if (eq !== '=' || o !== other || dot !== '.' || g !== f || semi !== ';') return false;
    copied.add(f!);
  }
  const rest = t.slice(i).join(' ');
  return fields.every((f) => copied.has(f)) && (rest === '}' || rest === 'return * this ; }');
}

/** `{ }` (after the declarator). */
function emptyBody(tokens: string[]): boolean {
  const open = tokens.indexOf('{');
  return open >= 0 && tokens[open + 1] === '}' && open + 2 === tokens.length;
}
