/**
 * A cache of parsed translation units as libclang AST files: valid while every file the parse read
 * (the headers and all they include) keeps its size and modification time, and the arguments match.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TranslationUnit } from '../clang/index.js';

/** What the parse depended on: [file, size, mtimeMs]. */
type Dependencies = [string, number, number][];

/** The cache key of a parse: libclang's version, the arguments and the umbrella file's text. */
export function cacheKey(args: readonly string[], source: string): string {
  return createHash('sha256').update(TranslationUnit.clangVersion).update('\0').update(args.join('\0')).update('\0').update(source).digest('hex').slice(0, 32);
}

const unchanged = ([file, size, mtime]: [string, number, number]) => {
  try {
    const s = statSync(file);
    return s.size === size && s.mtimeMs === mtime;
  } catch {
    return false;
  }
};

/** The cached unit for `key`, or undefined when absent or stale. */
export function loadCached(dir: string, key: string): TranslationUnit | undefined {
  const deps = join(dir, `${key}.deps.json`);
  const ast = join(dir, `${key}.ast`);
  if (!existsSync(deps) || !existsSync(ast)) return undefined;
  const files = JSON.parse(readFileSync(deps, 'utf8')) as Dependencies;
  return files.every(unchanged) ? TranslationUnit.load(ast) : undefined;
}

/** Stores `tu` under `key`; `virtualFiles` (in-memory sources) are not dependencies. */
export function storeCached(dir: string, key: string, tu: TranslationUnit, virtualFiles: string[]): void {
  mkdirSync(dir, { recursive: true });
  const files: Dependencies = [...new Set(tu.includedFiles)]
    .filter((f) => !virtualFiles.includes(f))
    .sort()
    .map((f) => { const s = statSync(f); return [f, s.size, s.mtimeMs]; });
  const tmp = join(dir, `${key}.ast.${process.pid}`);
  tu.save(tmp);
  renameSync(tmp, join(dir, `${key}.ast`));
  writeFileSync(join(dir, `${key}.deps.json`), JSON.stringify(files));
}
