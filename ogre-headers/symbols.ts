/** The symbols OGRE's shared libraries export (`nm -D`), to bind only what the addon can link. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findOgre, OGRE_PACKAGES, pkgConfig } from './ogreInstall.js';

/** The exported symbols; undefined when OGRE's libraries are not installed (a header-only install). */
let exported: Set<string> | undefined | null = null;
const CACHE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'build', 'ast-cache');

/**
 * Whether some OGRE library exports `symbol` (read once per process). With no library installed
 * (headers only: enough to generate and syntax-check, not to link) every symbol counts as exported.
 */
export function isExported(symbol: string): boolean {
  if (exported === null) exported = readExports();
  return exported ? exported.has(symbol) : true;
}

/** Whether the chosen OGRE's libraries are where pkg-config says (false: a header-only install). */
export function librariesInstalled(): boolean {
  return libraryFiles().length > 0;
}

/** The shared libraries of the four modules that exist. */
function libraryFiles(): string[] {
  const ogre = findOgre();
  const flags = pkgConfig(ogre.env, '--libs', ...OGRE_PACKAGES).split(/\s+/);
  const dirs = [...flags.filter((f) => f.startsWith('-L')).map((f) => f.slice(2)), ogre.libdir];
  return flags.filter((f) => f.startsWith('-lOgre')).map((f) => `lib${f.slice(2)}.so`)
    .map((lib) => dirs.map((d) => join(d, lib)).find((f) => existsSync(f)))
    .filter((f): f is string => f !== undefined);
}

function readExports(): Set<string> | undefined {
  const files = libraryFiles();
  if (!files.length) return undefined;
  const out = new Set<string>();
  for (const file of files) for (const name of librarySymbols(file)) out.add(name);
  // Dear ImGui's demo windows, when OGRE's library lacks them: linked from a matching libimgui.a's imgui_demo.o (native/runtime/CMakeLists.txt).
  const archive = findOgre().imgui.demoArchive;
  if (archive) for (const name of librarySymbols(archive, 'imgui_demo.o')) out.add(name);
  return out;
}

/**
 * A shared library's exported symbols, or the global symbols one member of a static archive
 * defines; cached in build/ast-cache while the file is unchanged (nm takes a while).
 */
function librarySymbols(file: string, member?: string): string[] {
  const { size, mtimeMs } = statSync(file);
  const key = createHash('sha256').update(`${file}\0${member ?? ''}\0${size}\0${mtimeMs}`).digest('hex').slice(0, 24);
  const cached = join(CACHE_DIR, `symbols-${key}.json`);
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as string[];
  const text = execFileSync('nm', [...(member ? ['-g'] : ['-D']), '--defined-only', file], { encoding: 'utf8', maxBuffer: 256 << 20 });
  // An archive's listing has a `member.o:` line before each member's symbols.
  const lines = member ? memberLines(text, member).filter((line) => / [A-Z] /.test(line)) : text.split('\n');
  const names = lines.map((line) => line.slice(line.lastIndexOf(' ') + 1)).filter(Boolean);
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(cached, JSON.stringify(names));
  return names;
}

/** The lines of `nm` output for one archive member. */
function memberLines(text: string, member: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(`${member}:`);
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && /^\S+\.o:$/.test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}
