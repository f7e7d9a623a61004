/** Doxygen comment text → {@link Doc}: brief, details, @param, @return, @deprecated. */
import type { Doc } from '../model/index.js';

const TAG = /^[@\\](\w+)(?:\[[^\]]*\])?\s*(.*)$/;

/** Doxygen commands that start a paragraph of their own (so the brief before them ends there). */
const SECTION = new Set([
  'note', 'remark', 'remarks', 'see', 'sa', 'warning', 'attention', 'par', 'since', 'version',
  'author', 'authors', 'todo', 'bug', 'pre', 'post', 'invariant', 'throw', 'throws', 'exception',
]);

/** Removes comment markers (`/**`, `*​/`, leading `*`, `///`, `//!<`) and returns the lines. */
function commentLines(raw: string): string[] {
  return raw
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s*\/\*\*?!?<?/, '')
        .replace(/\*\/\s*$/, '')
        .replace(/^\s*\/\/[/!]<?/, '')
        .replace(/^\s*\*(?!\/)/, '')
        .trimEnd(),
    );
}

/** Collapses whitespace runs to single spaces. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Takes a raw Doxygen comment apart. `brief` is libclang's own brief text when given (it knows
 * `@brief` and the first-paragraph rule), else the first paragraph.
 */
export function parseDocComment(raw: string, clangBrief = ''): Doc | undefined {
  if (!raw.trim()) return undefined;
  const body: string[] = [];
  const params: Record<string, string> = {};
  let returns: string | undefined;
  let deprecated: string | undefined;
  let current: { set: (text: string) => void; text: string } | null = null;
  // `@param` alone on its line: the name starts the next line.
  let paramNext = false;
  const startParam = (rest: string) => {
    const m = /^(\S+)\s*(.*)$/.exec(rest);
    if (!m) return false;
    const paramName = m[1]!;
    current = { text: m[2] ?? '', set: (t) => { params[paramName] = t; } };
    return true;
  };
  const flush = () => {
    if (current) current.set(squash(current.text));
    current = null;
  };
  for (const line of commentLines(raw)) {
    const tag = TAG.exec(line.trim());
    if (tag) {
      flush();
      const [, name = '', rest = ''] = tag;
      if (name === 'param' || name === 'tparam') {
        if (name === 'param' && !startParam(rest)) paramNext = true;
        continue;
      }
      if (name === 'return' || name === 'returns' || name === 'retval') {
        current = { text: rest, set: (t) => { returns = t; } };
        continue;
      }
      if (name === 'deprecated') {
        current = { text: rest, set: (t) => { deprecated = t || 'deprecated'; } };
        continue;
      }
      if (name === 'brief' || name === 'short') {
        body.push('', rest);
        continue;
      }
      if (SECTION.has(name)) body.push('');
      body.push(line.trim());
      continue;
    }
    if (paramNext && line.trim() !== '') {
      paramNext = false;
      startParam(line.trim());
      continue;
    }
    if (current !== null && line.trim() !== '') {
      (current as { text: string }).text += ` ${line.trim()}`;
      continue;
    }
    flush();
    body.push(line);
  }
  flush();
  const paragraphs = body.join('\n').split(/\n\s*\n/).map(squash).filter(Boolean);
  const brief = squash(clangBrief) || paragraphs[0] || '';
  const details = paragraphs.filter((p) => p !== brief).join('\n\n');
  const doc: Doc = { brief, raw };
  if (details) doc.details = details;
  if (Object.keys(params).length) doc.params = params;
  if (returns !== undefined) doc.returns = returns;
  if (deprecated !== undefined) doc.deprecated = deprecated;
  return doc;
}
