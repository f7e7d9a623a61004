// ogre-napi JS runtime: loading a generated module's addon (built here or prebuilt) and scripts (through V8's code cache).
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

/**
 * Runs a generated module's script (`(function (rt, moduleUrl) { … })`) and returns what it
 * exports. V8's code cache for it lives in the user's cache folder (see {@link codeCacheDir}),
 * written on first load and whenever V8 rejects it (another Node); without a writable folder the
 * script simply compiles. Scripts are compiled under their installed path, so stack traces point there.
 */
export function loadScript(moduleUrl, relativePath, runtime) {
  const file = resolve(dirname(fileURLToPath(moduleUrl)), relativePath);
  return runCached(file)(runtime, pathToFileURL(file).href);
}

/** The members script next to a module's script (see generator/emit/napi/scriptModule.ts): runs it with the module's locals. */
export function loadMembers(moduleUrl, relativePath, locals) {
  return runCached(resolve(dirname(fileURLToPath(moduleUrl)), relativePath))(locals);
}

/**
 * Where code caches go: `$OGRE_NAPI_CACHE_DIR`, else `$XDG_CACHE_HOME/ogre-napi`, else
 * `~/.cache/ogre-napi`. Nothing is written next to the installed files.
 */
export function codeCacheDir(env = process.env) {
  if (env.OGRE_NAPI_CACHE_DIR) return env.OGRE_NAPI_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'ogre-napi');
}

/**
 * The cache file of one script: named by a hash of its path, size, inode and change time and of
 * Node's version, so a moved, rebuilt or reinstalled script never meets another one's cache (V8
 * checks a cache against the source's length only; npm gives every installed file the same mtime,
 * while the change time is the install's).
 */
function cacheFileOf(file) {
  const { size, ino, ctimeMs, mtimeMs } = statSync(file);
  const key = createHash('sha1').update(`${file}\0${size}\0${ino}\0${ctimeMs}\0${mtimeMs}\0${process.version}`).digest('hex').slice(0, 16);
  return join(codeCacheDir(), `${basename(file, '.js')}-${key}.v8cache`);
}

/** The function a generated script evaluates to, compiled through V8's code cache (written when missing or stale). */
function runCached(file) {
  let cacheFile;
  let cachedData;
  try {
    cacheFile = cacheFileOf(file);
    cachedData = readFileSync(cacheFile);
  } catch { /* first load */ }
  // The generator writes the scripts in ASCII: read as latin1 they need no UTF-8 decoding (~10× faster).
  const script = new Script(readFileSync(file, 'latin1'), { filename: file, cachedData });
  const fn = script.runInThisContext();
  if (cacheFile && (!cachedData || script.cachedDataRejected)) writeAtomically(cacheFile, script.createCachedData());
  return fn;
}

/** Writes through a temporary file and a rename, so a concurrent reader sees the whole cache or none; failures are ignored. */
function writeAtomically(file, data) {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, data);
    renameSync(temporary, file);
  } catch { /* read-only home: compile every time */ }
}

/** A generated addon function as a JS function value (deleters): `$call` with its id in register `slot`. */
export const nativeFunction = (R, slot, id, call) => (...args) => { R[slot] = id; return call(...args); };

/**
 * Loads a generated module's native addon. `relativePath` names it as built in place
 * (`…/build/Release/<name>.node`); when that file is absent (an installed package), the package's
 * `prebuilds/<platform>-<arch>/` are searched the way node-gyp-build does.
 */
export function loadAddon(moduleUrl, relativePath) {
  const built = resolve(dirname(fileURLToPath(moduleUrl)), relativePath);
  const require = createRequire(moduleUrl);
  const packageRoot = resolve(dirname(built), '..', '..');
  let file = built;
  try {
    statSync(built);
  } catch {
    try {
      file = require('node-gyp-build').path(packageRoot);
    } catch (e) {
      throw new Error(`ogre-napi: no native addon for ${process.platform}-${process.arch}: neither ${built} nor a prebuild in ${join(packageRoot, 'prebuilds')} (reinstall the package to build it from source): ${e.message}`);
    }
  }
  try {
    return require(file);
  } catch (e) {
    throw new Error(missingLibraryMessage(e.message, packageRoot) ?? `ogre-napi: cannot load the native addon ${file}: ${e.message}`, { cause: e });
  }
}

/**
 * For a dynamic loader error about a missing shared library: a message naming the system package
 * that provides it, from `system-libraries.json` (library → Debian package, recorded where the
 * prebuild was made). Undefined for any other error.
 */
export function missingLibraryMessage(message, packageRoot) {
  const missing = /([\w.+-]+\.so[\w.]*): cannot open shared object file/.exec(message)?.[1];
  if (!missing) return undefined;
  let packages = {};
  try { packages = JSON.parse(readFileSync(join(packageRoot, 'prebuilds', 'system-libraries.json'), 'utf8')); } catch { /* built here */ }
  const owner = packages[missing];
  const advice = owner ? `install the system package ${owner} (Debian/Ubuntu: apt-get install ${owner})` : 'install the system package that provides it (OGRE 1.12 runtime libraries)';
  return `ogre-napi: the shared library ${missing} is missing: ${advice}`;
}
