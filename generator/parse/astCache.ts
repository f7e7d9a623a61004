/**
 * A cache of parsed translation units as libclang AST files: valid while every file the parse read
 * (the headers and all they include) keeps its size and modification time, and the arguments match.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TranslationUnit } from '../clang/index.js';
import { clangVersion } from './clangVersion.js';

/** What the parse depended on: [file, size, mtimeMs]. */
type Dependencies = [string, number, number][];

/** The cache key of a parse: libclang's version, the arguments and the umbrella file's text. */
export function cacheKey(args: readonly string[], source: string, cacheDir?: string): string {
  return createHash('sha256').update(clangVersion(cacheDir)).update('\0').update(args.join('\0')).update('\0').update(source).digest('hex').slice(0, 32);
}

const unchanged = ([file, size, mtime]: [string, number, number]) => {
  try {
    const s = statSync(file);
    return s.size === size && s.mtimeMs === mtime;
  } catch {
    return false;
  }
};

/** Whether the parse stored under `key` still matches every file it read. */
function fresh(dir: string, key: string): boolean {
  const deps = join(dir, `${key}.deps.json`);
  if (!existsSync(deps)) return false;
  return (JSON.parse(readFileSync(deps, 'utf8')) as Dependencies).every(unchanged);
}

/** The cached unit for `key`, or undefined when absent or stale. */
export function loadCached(dir: string, key: string): TranslationUnit | undefined {
  const ast = join(dir, `${key}.ast`);
  return existsSync(ast) && fresh(dir, key) ? TranslationUnit.load(ast) : undefined;
}

/**
 * The walk's result for the parse under `key`, made by parser code of hash `walker`: the model
 * JSON, or undefined when absent, stale, or made by other parser code.
 */
export function loadCachedModel(dir: string, key: string, walker: string): string | undefined {
  const file = join(dir, `${key}.${walker}.model.json`);
  return existsSync(file) && fresh(dir, key) ? readFileSync(file, 'utf8') : undefined;
}

/** Whether a fresh model for `key` made by walker `walker` is cached. */
export function hasCachedModel(dir: string, key: string, walker: string): boolean {
  return existsSync(join(dir, `${key}.${walker}.model.json`)) && fresh(dir, key);
}

/** Stores the model JSON next to the unit it was walked from. */
export function storeCachedModel(dir: string, key: string, walker: string, json: string): void {
  const tmp = join(dir, `${key}.${walker}.model.json.${process.pid}`);
  writeFileSync(tmp, json);
  renameSync(tmp, join(dir, `${key}.${walker}.model.json`));
}

/** A hash of the parser's own sources (this folder and clang-ts): a model cache is only as good as the code that walked it. */
export function walkerHash(): string {
  const hash = createHash('sha256');
  for (const dir of [dirname(fileURLToPath(import.meta.url)), join(dirname(fileURLToPath(import.meta.url)), '..', 'clang'), join(dirname(fileURLToPath(import.meta.url)), '..', 'model')]) {
    for (const f of readdirSync(dir).filter((n) => /\.[jt]s$/.test(n)).sort()) hash.update(f).update(readFileSync(join(dir, f)));
  }
  return hash.digest('hex').slice(0, 16);
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
