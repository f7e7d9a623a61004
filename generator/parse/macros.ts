/**
 * Object-like macros with constant values (`#define OGRE_VERSION_MAJOR 1`, `#define IMGUI_VERSION
 * "1.86"`), read from the modules' header text. Only values made of literals, operators and other
 * such macros are kept; which branch of an `#if` is live is for the compiler to decide, so the
 * generated code reads each one under `#ifdef`.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { MacroDecl } from '../model/index.js';
import type { ModuleSpec } from './ModuleSpec.js';

const DEFINE = /^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)[ \t]+(.*?)[ \t]*$/;
/** Tokens of a constant expression: literals, operators, parentheses, identifiers. */
const TOKEN = /\s+|0[xX][0-9a-fA-F]+[uUlL]*|\d+(?:\.\d+)?(?:[eE][-+]?\d+)?[uUlLfF]*|"(?:[^"\\]|\\.)*"|[A-Za-z_]\w*|<<|>>|[-+*/%|&^~!()?:]/g;
/** Nothing is left once its tokens are removed (one linear pass; a whole-line regex backtracks badly). */
const isExpression = (value: string) => value.replace(TOKEN, '') === '';
const IDENTIFIER = /[A-Za-z_]\w*/g;

function stripComments(value: string): string {
  return value.replace(/\/\*.*?\*\//g, '').replace(/\/\/.*$/, '').trim();
}

/** The constant macros of every module's headers, sorted by name (first definition wins). */
export function scanMacros(modules: readonly ModuleSpec[]): MacroDecl[] {
  const found = new Map<string, MacroDecl>();
  for (const m of modules) {
    const files = [...m.headers.map((h) => ({ path: isAbsolute(h) ? h : join(m.root, h), relative: isAbsolute(h) ? h.slice(m.root.length + 1) : h })),
      ...(m.owns ?? []).map((f) => ({ path: f, relative: f.slice(f.lastIndexOf('/') + 1) }))];
    for (const file of files) {
      const lines = readFileSync(file.path, 'utf8').split('\n');
      // Depth of #if nesting; an include guard (#ifndef X / #define X first) does not count.
      let depth = 0;
      let guard = 0;
      const directives = lines.map((l) => /^\s*#\s*(\w+)\s*(\w*)/.exec(l)).filter((d) => d !== null);
      if (directives[0]?.[1] === 'ifndef' && directives[1]?.[1] === 'define' && directives[0][2] === directives[1][2]) guard = 1;
      lines.forEach((line, i) => {
        const directive = /^\s*#\s*(if|ifdef|ifndef|endif)\b/.exec(line)?.[1];
        if (directive === 'endif') depth--;
        else if (directive) depth++;
        const hit = DEFINE.exec(line);
        if (!hit || line.trimEnd().endsWith('\\')) return;
        const [, name, raw] = hit as unknown as [string, string, string];
        const value = stripComments(raw);
        // Names starting with '_' are the implementation's own.
        if (!value || name.startsWith('_') || !isExpression(value) || found.has(name)) return;
        found.set(name, { name, module: m.name, location: { file: file.relative, line: i + 1 }, value, ...(depth > guard ? { conditional: true as const } : {}) });
      });
    }
  }
  // Identifiers must be other constant macros (a type or function name makes no value).
  const isConstant = (d: MacroDecl, path: readonly string[] = []): boolean => {
    if (path.includes(d.name)) return false;
    const names = d.value.replace(/"(?:[^"\\]|\\.)*"/g, '').replace(/\b\d\w*(?:\.\d+)?/g, '').match(IDENTIFIER) ?? [];
    return names.every((id) => found.has(id) && isConstant(found.get(id)!, [...path, d.name]));
  };
  const kind = (d: MacroDecl): 'string' | 'number' =>
    /^"/.test(d.value) || (found.has(d.value) && kind(found.get(d.value)!) === 'string') ? 'string' : 'number';
  return [...found.values()].filter((d) => isConstant(d)).map((d) => ({ ...d, type: kind(d) }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}
