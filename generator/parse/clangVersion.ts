/**
 * libclang's version for cache keys, without loading libclang when nothing changed: loading it
 * (LLVM, tens of megabytes) is a third of a second, and a generation whose parse comes from the
 * caches needs nothing else from it. The version is remembered with the library file it came
 * from (its path, size and modification time, read from the process's memory map on Linux).
 */
import { existsSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { TranslationUnit } from '../clang/index.js';

interface Remembered { version: string; library: string; size: number; mtimeMs: number }

/** The libclang shared library this process has loaded, if it can tell. */
function loadedLibclang(): string | undefined {
  try {
    return readFileSync('/proc/self/maps', 'utf8').split('\n').map((l) => l.slice(l.indexOf('/'))).find((p) => /\/libclang[^/]*\.so/.test(p));
  } catch {
    return undefined;
  }
}

export function clangVersion(cacheDir?: string): string {
  const file = cacheDir && join(cacheDir, 'clang-version.json');
  if (file && existsSync(file)) {
    try {
      const r = JSON.parse(readFileSync(file, 'utf8')) as Remembered;
      const s = statSync(r.library);
      if (s.size === r.size && s.mtimeMs === r.mtimeMs) return r.version;
    } catch { /* stale or unreadable: ask libclang */ }
  }
  const version = TranslationUnit.clangVersion;
  const library = loadedLibclang();
  if (file && library) {
    const { size, mtimeMs } = statSync(library);
    mkdirSync(cacheDir!, { recursive: true });
    writeFileSync(file, JSON.stringify({ version, library, size, mtimeMs } satisfies Remembered));
  }
  return version;
}
