/** Builds native targets with cmake-js against the running Node's own headers (no header download). */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { progressBar } from './progress.mjs';
import { ogreEnv } from './ogreEnv.mjs';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Optional `--out <dir>`: build into that directory instead of build/ (the build benchmark uses a fresh one). */
const argv = process.argv.slice(2);
const outAt = argv.indexOf('--out');
if (outAt >= 0 && !argv[outAt + 1]) throw new Error('build-native: --out needs a directory');
const outArgs = outAt >= 0 ? ['--out', argv[outAt + 1]] : [];
const targets = outAt >= 0 ? argv.filter((_, i) => i !== outAt && i !== outAt + 1) : argv;

/** Node's install prefix when it ships its headers (e.g. /usr for /usr/bin/node), so cmake-js needs no network. */
function localNodeDir() {
  const prefix = join(dirname(process.execPath), '..');
  return existsSync(join(prefix, 'include', 'node', 'node_api.h')) ? prefix : undefined;
}

// The chosen OGRE (OGRE_DIR) first on PKG_CONFIG_PATH, where CMake's pkg_check_modules looks.
const env = { ...ogreEnv(process.env) };
const nodeDir = env.npm_config_nodedir || localNodeDir();
if (nodeDir) env.npm_config_nodedir = nodeDir;

const cmakeJs = join(repoRoot, 'node_modules', 'cmake-js', 'bin', 'cmake-js');
/** cmake-js takes one --target: build each named target in turn (none named: everything). */
for (const target of targets.length ? targets : [undefined]) {
  const args = ['build', '--parallel', '2', '--log-level', 'warn', ...outArgs, ...(target ? ['--target', target] : [])];
  const status = await run(process.execPath, [cmakeJs, ...args], `build ${target ?? 'all'}`);
  if (status !== 0) process.exit(status);
}

/** Runs the build, its compile steps shown as a progress bar; resolves to the exit status. */
function run(command, args, label) {
  const bar = progressBar(label);
  const child = spawn(command, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  createInterface({ input: child.stdout }).on('line', (l) => bar.line(l));
  createInterface({ input: child.stderr }).on('line', (l) => bar.line(l));
  return new Promise((resolve) => child.on('close', (code) => { bar.done(); resolve(code ?? 1); }));
}
