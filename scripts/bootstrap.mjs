/** Installs what ogre-napi needs before anything else runs: Debian packages, then `npm ci` when stale. */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ogreEnv, takeOgreOption } from './ogreEnv.mjs';

/** Debian packages for building and testing; package name → why it is needed. */
const REQUIRED_PACKAGES = {
  'libclang-dev': 'libclang headers and library, read by clang-ts',
  'libsdl2-dev': "SDL2 dev files, required by OGRE-Bites' pkg-config file",
  cmake: 'CMake, driven by cmake-js',
  'g++': 'a C++17 compiler for the addons',
  make: 'build tool used by CMake',
  'ninja-build': 'build tool used by CMake',
  'pkg-config': "finds OGRE's compiler and linker flags",
  xvfb: 'virtual X server for headless rendering',
  xauth: 'X authority files for Xvfb',
  'libgl1-mesa-dri': "Mesa's DRI drivers (llvmpipe) for OpenGL under Xvfb",
};

/** Debian's OGRE, installed only when no other OGRE is chosen (OGRE_DIR / --ogre, or PKG_CONFIG_PATH). */
const DEBIAN_OGRE_PACKAGES = {
  'libogre-1.12-dev': 'OGRE 1.12 headers, libraries and pkg-config files',
  'libimgui-dev': "Dear ImGui 1.86 headers (the version built into OGRE 1.12's Overlay library) and its demo windows (libimgui.a)",
};

/** Extra packages for `--bench`, which compares against OGRE's SWIG Python bindings. */
const BENCH_PACKAGES = {
  'python3-ogre-1.12': "OGRE's SWIG Python bindings, the comparison baseline",
  'python3-numpy': 'numpy, used by the Python side of the benchmark',
};

/** pkg-config modules that must resolve once the packages are installed. */
const PKG_CONFIG_MODULES = ['OGRE', 'OGRE-Bites', 'OGRE-RTShaderSystem', 'OGRE-Overlay'];

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Prints a message to stderr and exits.
 * @param message - What went wrong and what to do.
 * @param code - Process exit code.
 */
function fail(message, code = 1) {
  console.error(`bootstrap: ${message}`);
  process.exit(code);
}

/**
 * Lists the packages that dpkg does not report as installed, with one `dpkg-query` call.
 * @param names - Debian package names.
 * @returns The names that are missing (all of them when dpkg-query is unavailable).
 */
function findMissingPackages(names) {
  const format = '${db:Status-Abbrev}${Package}\n';
  // Unknown packages make dpkg-query exit non-zero, but it still prints the known ones.
  const result = spawnSync('dpkg-query', ['-W', `-f=${format}`, ...names], { encoding: 'utf8' });
  const installed = new Set();
  for (const line of (result.stdout ?? '').split('\n')) {
    // Status-Abbrev is three characters: desired action, current status, error flag.
    if (line[1] === 'i' && line[2] === ' ') installed.add(line.slice(3).trim());
  }
  return names.filter((name) => !installed.has(name));
}

/**
 * Runs a command with inherited stdio.
 * @param command - Executable name.
 * @param args - Its arguments.
 * @param env - Extra environment variables.
 * @returns True when it exited with status 0.
 */
function run(command, args, env = {}) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    cwd: repoRoot,
    env: { ...process.env, ...env },
  });
  return result.status === 0;
}

/**
 * Installs missing packages with apt-get as root on Debian, or explains how to and exits.
 * @param missing - Debian package names to install.
 * @param descriptions - Package name → what it provides.
 */
function installPackages(missing, descriptions) {
  const isDebian = existsSync('/etc/debian_version');
  const aptArgs = ['install', '-y', '--no-install-recommends', ...missing];
  if (!isDebian) {
    const list = missing.map((name) => `  ${name}: ${descriptions[name]}`).join('\n');
    fail(`this is not Debian/Ubuntu; install your system's equivalents of these Debian packages:\n${list}`);
  }
  if (process.getuid?.() !== 0) {
    fail(`missing apt packages; install them with:\n  sudo apt-get ${aptArgs.join(' ')}`);
  }
  console.log(`bootstrap: installing apt packages: ${missing.join(' ')}`);
  if (!run('apt-get', ['update'])) fail('apt-get update failed');
  if (!run('apt-get', aptArgs, { DEBIAN_FRONTEND: 'noninteractive' })) {
    fail(`apt-get install failed for: ${missing.join(' ')}`);
  }
}

/**
 * Whether pkg-config finds OGRE's modules in `env`.
 * @param {NodeJS.ProcessEnv} env - The environment (PKG_CONFIG_PATH).
 * @returns {boolean} True when all four resolve.
 */
function ogreFound(env) {
  return spawnSync('pkg-config', ['--exists', ...PKG_CONFIG_MODULES], { env }).status === 0;
}

/**
 * The version pkg-config reports for OGRE, and its include folder.
 * @param {NodeJS.ProcessEnv} env - The environment (PKG_CONFIG_PATH).
 * @returns {{ version: string, includedir: string }} What was found.
 */
function ogreVersion(env) {
  const get = (...args) => spawnSync('pkg-config', [...args, 'OGRE'], { env, encoding: 'utf8' }).stdout.trim();
  return { version: get('--modversion'), includedir: get('--variable=includedir') };
}

/**
 * Makes sure an OGRE is there: the chosen one (OGRE_DIR / --ogre, or one PKG_CONFIG_PATH finds),
 * else Debian's 1.12 (with the separate Dear ImGui package it needs), installed when missing.
 * @param {NodeJS.ProcessEnv} env - The environment with the chosen OGRE's pkg-config files.
 * @param {boolean} chosen - Whether an install prefix was given.
 */
function ensureOgre(env, chosen) {
  if (chosen && !ogreFound(env)) fail(`pkg-config cannot find ${PKG_CONFIG_MODULES.join(' ')} under OGRE_DIR=${env.OGRE_DIR}`);
  if (!ogreFound(env)) {
    const missing = findMissingPackages(Object.keys(DEBIAN_OGRE_PACKAGES));
    if (missing.length > 0) installPackages(missing, DEBIAN_OGRE_PACKAGES);
    if (!ogreFound(env)) fail(`pkg-config cannot find ${PKG_CONFIG_MODULES.join(' ')}; check the libogre-1.12-dev install`);
  }
  const { version, includedir } = ogreVersion(env);
  const bundledImGui = existsSync(join(includedir, 'OGRE', 'Overlay', 'imgui.h'));
  if (!bundledImGui && spawnSync('pkg-config', ['--exists', 'imgui'], { env }).status !== 0) {
    const missing = findMissingPackages(['libimgui-dev']);
    if (missing.length > 0) installPackages(missing, DEBIAN_OGRE_PACKAGES);
  }
  console.log(`bootstrap: OGRE ${version} (${join(includedir, 'OGRE')}${chosen ? ', chosen by OGRE_DIR' : ''})`);
}

/**
 * Tells whether `npm ci` is needed: no node_modules, or its lockfile older than package-lock.json.
 * @returns True when dependencies must be (re)installed.
 */
function needsNpmCi() {
  const hiddenLock = join(repoRoot, 'node_modules', '.package-lock.json');
  if (!existsSync(hiddenLock)) return true;
  return statSync(hiddenLock).mtimeMs < statSync(join(repoRoot, 'package-lock.json')).mtimeMs;
}

/** Runs the bootstrap steps in order. */
function main() {
  const withBench = process.argv.includes('--bench');
  const descriptions = { ...REQUIRED_PACKAGES, ...(withBench ? BENCH_PACKAGES : {}) };
  const missing = findMissingPackages(Object.keys(descriptions));
  if (missing.length > 0) installPackages(missing, descriptions);
  let env;
  let prefix;
  try {
    prefix = takeOgreOption(process.argv.slice(2)).prefix;
    env = ogreEnv(process.env, prefix ?? process.env.OGRE_DIR);
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  }
  ensureOgre(env, Boolean(prefix ?? process.env.OGRE_DIR));
  if (needsNpmCi()) {
    console.log('bootstrap: running npm ci');
    if (!run('npm', ['ci'])) fail('npm ci failed');
  }
}

main();
