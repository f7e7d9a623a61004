/** Compiles a spec's C++ snippets against the chosen headers (`-fsyntax-only`) and reports those that fail. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EmitSpec } from '../emit/napi/buildModuleView.js';
import type { Model } from '../model/index.js';
import type { SpecProblem } from '../passes/RuleReport.js';
import { snippetUnit } from './snippetUnit.js';

/** What the compile needs. */
export interface SnippetCheckOptions {
  /** Compiler flags: the parse's `-I`/`-D`. */
  args: string[];
  /** Headers every snippet may use (the engine's umbrella headers). */
  headers: string[];
  /** Results are kept here by the unit's and flags' hash; none: a temporary folder, no reuse. */
  cacheDir?: string;
}

/**
 * One problem per snippet that does not compile (its first error), naming the spec entry. The
 * compiler is `$CXX` or `c++`, in C++17.
 */
export function checkSnippets(model: Model, spec: EmitSpec, o: SnippetCheckOptions): SpecProblem[] {
  const unit = snippetUnit(model, spec, o.headers);
  const compiler = process.env.CXX || 'c++';
  const flags = ['-std=c++17', '-fsyntax-only', '-w', ...o.args.filter((a) => /^-[ID]/.test(a)).filter((a) => !a.startsWith('-std='))];
  const hash = createHash('sha256').update(compiler).update('\0').update(flags.join('\0')).update('\0').update(unit.text);
  // The project's own headers the unit includes change without the unit changing: their text is part of the key.
  for (const header of projectHeaders(flags)) hash.update('\0').update(readFileSync(header));
  const key = hash.digest('hex').slice(0, 24);
  const dir = o.cacheDir ?? join(tmpdir(), 'ogre-bindgen-check');
  mkdirSync(dir, { recursive: true });
  const cached = join(dir, `snippets-${key}.json`);
  if (o.cacheDir && existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as SpecProblem[];
  const file = join(dir, `snippets-${key}.cpp`);
  writeFileSync(file, unit.text);
  const run = spawnSync(compiler, [...flags, file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.error) return [{ pass: 'snippets', rule: compiler, message: `cannot run the C++ compiler (${compiler}): ${run.error.message}`, fix: 'install g++, or set CXX' }];
  const problems: SpecProblem[] = [];
  const seen = new Set<string>();
  for (const m of run.stderr.matchAll(/^([^:\n]+):(\d+):\d+: (?:fatal )?error: (.*)$/gm)) {
    if (m[1] !== file) continue;
    const origin = unit.origins.get(Number(m[2]));
    const entry = origin?.entry ?? `line ${m[2]} of the snippet unit`;
    if (seen.has(entry)) continue;
    seen.add(entry);
    problems.push({
      pass: 'snippets', rule: entry,
      message: `${entry} does not compile against these headers: ${m[3]}${origin ? ` (in: ${origin.text.split('\n')[0]})` : ''}`,
      fix: origin ? 'use what these headers declare instead, or give the entry a version condition' : undefined,
    });
  }
  // A compiler (or its cc1plus) stopped by a signal (killed, out of memory) says nothing about the spec: reported, never cached.
  if (run.signal || /signal terminated program/.test(run.stderr)) return [{ pass: 'snippets', rule: 'headers', message: `the snippet check's compiler was stopped by ${run.signal}; run the check again` }];
  if (run.status !== 0 && !problems.length) {
    const first = /error: (.*)/.exec(run.stderr)?.[1] ?? run.stderr.slice(0, 400);
    problems.push({ pass: 'snippets', rule: 'headers', message: `the engine's headers do not compile for the snippet check: ${first}` });
  }
  if (o.cacheDir) writeFileSync(cached, JSON.stringify(problems));
  return problems;
}

/** The project's runtime headers (every file of an `ogre_napi/` folder under the `-I` folders; they include each other). */
function projectHeaders(flags: string[]): string[] {
  return flags.filter((f) => f.startsWith('-I')).map((f) => join(f.slice(2), 'ogre_napi')).filter((d) => existsSync(d))
    .flatMap((d) => readdirSync(d).sort().map((f) => join(d, f)));
}
