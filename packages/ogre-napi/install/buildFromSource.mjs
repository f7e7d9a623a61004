/**
 * Builds ogre-napi's addon from the package's generated sources when no prebuild fits: checks the
 * system packages (naming each missing one), fetches cmake-js and node-addon-api into build/tools,
 * and compiles with a progress bar (on the terminal when there is one, even under npm).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, openSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { progressBar } from './progress.mjs';

/** Debian packages the build needs, each with a check that works without dpkg. */
export const BUILD_PACKAGES = {
  'libogre-1.12-dev': { pkgConfig: ['OGRE', 'OGRE-Bites', 'OGRE-RTShaderSystem', 'OGRE-Overlay'] },
  'libimgui-dev': { pkgConfig: ['imgui'] },
  'libsdl2-dev': { pkgConfig: ['sdl2'] },
  'pkg-config': { command: 'pkg-config' },
  cmake: { command: 'cmake' },
  'g++': { command: 'g++' },
  make: { command: 'make' },
};

/** The packages of `BUILD_PACKAGES` (or of `wanted`) that are not installed. */
export function missingPackages(wanted = BUILD_PACKAGES) {
  const names = Object.keys(wanted);
  const dpkg = spawnSync('dpkg-query', ['-W', '-f=${db:Status-Abbrev}${Package}\n', ...names], { encoding: 'utf8' });
  if (dpkg.error === undefined && dpkg.stdout !== null) {
    const installed = new Set(dpkg.stdout.split('\n').filter((l) => l[1] === 'i').map((l) => l.slice(3).trim()));
    return names.filter((n) => !installed.has(n));
  }
  // Not Debian: look for the commands and pkg-config modules themselves.
  const has = (cmd, args) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
  return names.filter((n) => {
    const { command, pkgConfig } = wanted[n];
    return command ? !has('sh', ['-c', `command -v ${command}`]) : !has('pkg-config', ['--exists', ...pkgConfig]);
  });
}

/** Builds `build/Release/ogre.node` under `packageRoot`; resolves to an exit status. */
export async function buildFromSource(packageRoot) {
  const log = (text) => process.stderr.write(`ogre-napi: ${text}\n`);
  log(`no prebuilt addon for ${process.platform}-${process.arch} (Node-API); building it from the shipped sources`);
  const missing = missingPackages();
  if (missing.length) {
    log(`cannot build: missing system packages: ${missing.join(' ')}\n  Debian/Ubuntu: apt-get install ${missing.join(' ')}`);
    return 1;
  }
  const tools = join(packageRoot, 'build', 'tools');
  const toolRequire = createRequire(join(tools, 'package.json'));
  if (!existsSync(join(tools, 'node_modules', 'cmake-js'))) {
    log('fetching the build tools (cmake-js, node-addon-api) into build/tools');
    const npm = spawnSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', tools,
      'cmake-js@^8', 'node-addon-api@^8'], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (npm.status !== 0) { log('npm could not install cmake-js and node-addon-api'); return 1; }
  }
  const cmakeJs = join(dirname(toolRequire.resolve('cmake-js/package.json')), 'bin', 'cmake-js');
  const addonApi = dirname(toolRequire.resolve('node-addon-api/package.json'));
  const env = { ...process.env };
  // Node's own headers where it ships them: no header download.
  const prefix = join(dirname(process.execPath), '..');
  if (!env.npm_config_nodedir && existsSync(join(prefix, 'include', 'node', 'node_api.h'))) env.npm_config_nodedir = prefix;
  const args = [cmakeJs, 'build', '--directory', packageRoot, '--out', join(packageRoot, 'build'), '--target', 'ogre',
    '--parallel', String(Math.max(1, Math.min(4, (await import('node:os')).availableParallelism()))),
    `--CDNODE_ADDON_API_DIR=${addonApi}`, '--log-level', 'warn'];
  const bar = progressBar('ogre-napi: compiling', terminal());
  const child = spawn(process.execPath, args, { cwd: packageRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  createInterface({ input: child.stdout }).on('line', (l) => bar.line(l));
  createInterface({ input: child.stderr }).on('line', (l) => bar.line(l));
  const status = await new Promise((done) => child.on('close', (code) => { bar.done(); done(code ?? 1); }));
  log(status === 0 ? 'addon built' : `the build failed (exit ${status})`);
  return status;
}

/** npm hides an install script's output: draw on the terminal itself when there is one. */
function terminal() {
  if (process.stderr.isTTY) return process.stderr;
  try {
    const tty = createWriteStream('', { fd: openSync('/dev/tty', 'w') });
    tty.on('error', () => {});
    tty.isTTY = true;
    tty.columns = 100;
    return tty;
  } catch {
    return process.stderr;
  }
}
