/**
 * ogre-napi's install step: nothing to do when a prebuilt addon fits this machine; otherwise the
 * addon is built from the shipped generated sources with cmake-js, after checking (and naming)
 * the system packages the build needs. `OGRE_NAPI_BUILD_FROM_SOURCE=1` forces the build.
 */
import { lstatSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** In the repository the workspace links to generated/ and the repository's own build makes the addon. */
function inRepository() {
  try { return lstatSync(join(packageRoot, 'generated')).isSymbolicLink(); } catch { return true; }
}

/** The prebuild node-gyp-build would load here, or undefined. */
function prebuild() {
  try { return createRequire(import.meta.url)('node-gyp-build').path(packageRoot); } catch { return undefined; }
}

if (!inRepository()) {
  const found = process.env.OGRE_NAPI_BUILD_FROM_SOURCE === '1' ? undefined : prebuild();
  if (!found) {
    const { buildFromSource } = await import('./buildFromSource.mjs');
    process.exitCode = await buildFromSource(packageRoot);
  }
}
