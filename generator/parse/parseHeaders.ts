/** Headers → IR: one translation unit for all modules (shared headers parse once), then one walk. */
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { TranslationUnit } from '../clang/index.js';
import type { Model, ModuleInfo } from '../model/index.js';
import { scanMacros } from './macros.js';
import { INSTANCES_NAMESPACE, ModelBuilder } from './ModelBuilder.js';
import type { ParseInput } from './ModuleSpec.js';
import { cacheKey, hasCachedModel, loadCached, loadCachedModel, storeCached, storeCachedModel, walkerHash } from './astCache.js';

/** Absolute path of a module header. */
function headerPath(root: string, header: string): string {
  return isAbsolute(header) ? header : join(root, header);
}

/** Options of {@link parseHeaders}. */
export interface ParseHeadersOptions {
  /** Keep the parsed unit here as an AST file and reuse it while no header changed. */
  cacheDir?: string;
}

/**
 * Parses every module's headers through one in-memory umbrella file and builds the model.
 * Throws a ParseError naming file and line when a header has errors.
 */
export function parseHeaders(input: ParseInput, options: ParseHeadersOptions = {}): Model {
  const umbrella = join(tmpdir(), 'ogre-napi-umbrella.hpp');
  const { source, args } = umbrellaOf(input);
  const key = options.cacheDir ? cacheKey(args, source, options.cacheDir) : '';
  // While no header changed, the walk's result is reused too (when the parser's code is the same).
  const walker = options.cacheDir ? walkerHash() : '';
  const model = options.cacheDir ? loadCachedModel(options.cacheDir, key, walker) : undefined;
  if (model) return JSON.parse(model) as Model;
  let tu = options.cacheDir ? loadCached(options.cacheDir, key) : undefined;
  if (!tu) {
    tu = TranslationUnit.parseStrict(umbrella, { args, unsavedFiles: { [umbrella]: source } });
    if (options.cacheDir) storeCached(options.cacheDir, key, tu, [umbrella]);
  }
  try {
    const infos: ModuleInfo[] = input.modules.map((m) => ({ name: m.name, root: m.root, headers: [...m.headers] }));
    const built = new ModelBuilder(input.modules).build(tu, infos);
    built.macros = scanMacros(input.modules);
    if (options.cacheDir) storeCachedModel(options.cacheDir, key, walker, JSON.stringify(built));
    return built;
  } finally {
    tu.dispose();
  }
}

/** The umbrella file including every module's headers (and the instantiations asked for), and the parse's arguments. */
function umbrellaOf(input: ParseInput): { source: string; args: string[] } {
  const lines = input.modules.flatMap((m) => [...m.headers.map((h) => headerPath(m.root, h)), ...(m.owns ?? [])].map((h) => `#include "${h}"`));
  // Instantiations asked for: typedefs in a namespace the walk reads for nothing else.
  const instances = (input.instances ?? []).map((t, i) => `  typedef ${t} instance${i};`);
  if (instances.length) lines.push(`namespace ${INSTANCES_NAMESPACE} {`, ...instances, '}');
  // -w: warnings are not used here and computing them costs about a tenth of the parse.
  return { source: `${lines.join('\n')}\n`, args: [...input.args, '-w'] };
}

/**
 * What identifies the model parseHeaders would give from its cache (the parse's key and the
 * walker's hash), or undefined when that cache is absent or stale: caches of later steps build on it.
 */
export function cachedModelId(input: ParseInput, cacheDir: string): string | undefined {
  const { source, args } = umbrellaOf(input);
  const key = cacheKey(args, source, cacheDir);
  const walker = walkerHash();
  return hasCachedModel(cacheDir, key, walker) ? `${key}.${walker}` : undefined;
}
