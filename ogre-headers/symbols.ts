/** The symbols OGRE's shared libraries export (`nm -D`), to bind only what the addon can link. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PKG_CONFIG_PACKAGES } from './modules.js';

let exported: Set<string> | undefined;
const CACHE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'build', 'ast-cache');

/** Whether some OGRE library exports `symbol` (read once per process). */
export function isExported(symbol: string): boolean {
  exported ??= readExports();
  return exported.has(symbol);
}

function readExports(): Set<string> {
  const flags = execFileSync('pkg-config', ['--libs', ...PKG_CONFIG_PACKAGES.filter((p) => p.startsWith('OGRE'))], { encoding: 'utf8' }).trim().split(/\s+/);
  const dirs = [...flags.filter((f) => f.startsWith('-L')).map((f) => f.slice(2)),
    execFileSync('pkg-config', ['--variable=libdir', 'OGRE'], { encoding: 'utf8' }).trim()];
  const out = new Set<string>();
  for (const lib of flags.filter((f) => f.startsWith('-l')).map((f) => `lib${f.slice(2)}.so`)) {
    const file = dirs.map((d) => join(d, lib)).find((f) => existsSync(f));
    if (!file) continue;
    for (const name of librarySymbols(file)) out.add(name);
  }
  return out;
}

/** A library's exported symbols, cached in build/ast-cache while the library file is unchanged (nm takes a while). */
function librarySymbols(file: string): string[] {
  const { size, mtimeMs } = statSync(file);
  const key = createHash('sha256').update(`${file}\0${size}\0${mtimeMs}`).digest('hex').slice(0, 24);
  const cached = join(CACHE_DIR, `symbols-${key}.json`);
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as string[];
  const text = execFileSync('nm', ['-D', '--defined-only', file], { encoding: 'utf8', maxBuffer: 256 << 20 });
  const names = text.split('\n').map((line) => line.slice(line.lastIndexOf(' ') + 1)).filter(Boolean);
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(cached, JSON.stringify(names));
  return names;
}
