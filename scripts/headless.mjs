/**
 * Runs a sample without a display: starts Xvfb when DISPLAY is unset, gives OgreBites an ogre.cfg
 * (no configuration dialog) and a resources.cfg that exists, then runs the sample and cleans up.
 * Usage: node scripts/headless.mjs <sample.ts> [appName]
 */
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ogreEnv } from './ogreEnv.mjs';
import { startXvfb } from './xvfb.mjs';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const [sample = 'samples/numpy_sample.ts', appName = 'TsSample'] = process.argv.slice(2);

/** A config folder for OgreBites: <dir>/<appName>/{ogre.cfg,resources.cfg}. */
function configDir() {
  const dir = mkdtempSync(join(tmpdir(), 'ogre-napi-'));
  const app = join(dir, appName);
  mkdirSync(app);
  // The chosen OGRE's media (OGRE_DIR first on PKG_CONFIG_PATH, as for the build).
  const prefix = execFileSync('pkg-config', ['--variable=prefix', 'OGRE'], { encoding: 'utf8', env: ogreEnv() }).trim();
  const media = join(prefix, 'share', 'OGRE', 'Media');
  writeFileSync(join(app, 'ogre.cfg'), readFileSync(join(repoRoot, 'samples', 'config', 'ogre.cfg')));
  writeFileSync(join(app, 'resources.cfg'), readFileSync(join(repoRoot, 'samples', 'config', 'resources.cfg'), 'utf8').replaceAll('@MEDIA@', media));
  return { dir, app };
}

const { dir, app } = configDir();
const [display, xvfb] = process.env.DISPLAY ? [process.env.DISPLAY, null] : await startXvfb();
try {
  const env = { ...process.env, DISPLAY: display, XDG_CACHE_HOME: dir, OGRE_CONFIG_DIR: app };
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, sample)], { cwd: process.cwd(), env, stdio: 'inherit' });
  // A sample killed by a signal (an abort, a segfault) exits as a shell reports it: 128 + the signal number.
  if (r.signal) process.stderr.write(`headless: the sample died of ${r.signal}\n`);
  process.exitCode = r.status ?? 128 + (constants.signals[r.signal] ?? 0);
} finally {
  xvfb?.kill();
  rmSync(dir, { recursive: true, force: true });
}
