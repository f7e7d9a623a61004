/** Installs what ogre-napi needs before anything else runs: Debian packages, then `npm ci` when stale. */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Debian packages for building and testing; package name → why it is needed. */
const REQUIRED_PACKAGES = {
  'libogre-1.12-dev': 'OGRE 1.12 headers, libraries and pkg-config files',
  'libclang-dev': 'libclang headers and library, read by clang-ts',
  'libsdl2-dev': "SDL2 dev files, required by OGRE-Bites' pkg-config file",
  'libimgui-dev': "Dear ImGui 1.86 headers (the version built into OGRE's Overlay library) and its demo windows (libimgui.a)",
  cmake: 'CMake, driven by cmake-js',
  'g++': 'a C++17 compiler for the addons',
  make: 'build tool used by CMake',
  'ninja-build': 'build tool used by CMake',
  'pkg-config': "finds OGRE's compiler and linker flags",
  xvfb: 'virtual X server for headless rendering',
  xauth: 'X authority files for Xvfb',
  'libgl1-mesa-dri': "Mesa's DRI drivers (llvmpipe) for OpenGL under Xvfb",
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

/** Exits when pkg-config cannot find OGRE's modules. */
function checkPkgConfig() {
  const result = spawnSync('pkg-config', ['--exists', ...PKG_CONFIG_MODULES]);
  if (result.status !== 0) {
    fail(`pkg-config cannot find ${PKG_CONFIG_MODULES.join(' ')}; check the libogre-1.12-dev install`);
  }
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
  checkPkgConfig();
  if (needsNpmCi()) {
    console.log('bootstrap: running npm ci');
    if (!run('npm', ['ci'])) fail('npm ci failed');
  }
}

main();
