// ogre-napi JS runtime: loading a generated module's addon and scripts (through V8's code cache).
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

/**
 * Runs a generated module's script (`(function (rt, moduleUrl) { … })`) and returns what it
 * exports. V8's code cache for it is kept next to it (`<script>.v8cache`, rewritten when V8 rejects
 * it: another Node, another script), which spares most of the compile on every later load; where
 * the folder is read-only it simply compiles.
 */
export function loadScript(moduleUrl, relativePath, runtime) {
  const file = resolve(dirname(fileURLToPath(moduleUrl)), relativePath);
  return runCached(file)(runtime, pathToFileURL(file).href);
}

/** The members script next to a module's script (see generator/emit/napi/scriptModule.ts): runs it with the module's locals. */
export function loadMembers(moduleUrl, relativePath, locals) {
  return runCached(resolve(dirname(fileURLToPath(moduleUrl)), relativePath))(locals);
}

/** The function a generated script evaluates to, compiled through V8's code cache (`<file>.v8cache`, written when missing or stale). */
function runCached(file) {
  const cacheFile = `${file}.v8cache`;
  // V8 checks a cache against the source's length only: a regenerated script of the same length
  // would run the old code. The cache starts with the script's size and modification time.
  const { size, mtimeMs } = statSync(file);
  const stamp = Buffer.from(`${size}:${mtimeMs}\n`);
  let cachedData;
  try {
    const cache = readFileSync(cacheFile);
    if (cache.subarray(0, stamp.length).equals(stamp)) cachedData = cache.subarray(stamp.length);
  } catch { /* first load */ }
  // The generator writes the scripts in ASCII: read as latin1 they need no UTF-8 decoding (~10× faster).
  const script = new Script(readFileSync(file, 'latin1'), { filename: file, cachedData });
  const fn = script.runInThisContext();
  if (!cachedData || script.cachedDataRejected) {
    try { writeFileSync(cacheFile, Buffer.concat([stamp, script.createCachedData()])); } catch { /* read-only install */ }
  }
  return fn;
}

/** A generated addon function as a JS function value (deleters): `$call` with its id in register `slot`. */
export const nativeFunction = (R, slot, id, call) => (...args) => { R[slot] = id; return call(...args); };

/** Loads a native addon relative to the generated module that asks for it. */
export function loadAddon(moduleUrl, relativePath) {
  const file = resolve(dirname(fileURLToPath(moduleUrl)), relativePath);
  try {
    return createRequire(moduleUrl)(file);
  } catch (e) {
    throw new Error(`ogre-napi: cannot load the native addon ${file} (run \`npm run build\`): ${e.message}`);
  }
}
