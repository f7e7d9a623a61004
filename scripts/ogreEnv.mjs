/** Which OGRE is used: an install prefix (`--ogre <prefix>` or OGRE_DIR) goes first on PKG_CONFIG_PATH. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where a CMake install of OGRE keeps its pkg-config files, relative to the prefix. */
const PKG_CONFIG_DIRS = ['lib/pkgconfig', 'lib/x86_64-linux-gnu/pkgconfig', 'lib64/pkgconfig', 'share/pkgconfig'];

/**
 * The environment with the chosen OGRE's pkg-config files first on PKG_CONFIG_PATH. With no prefix
 * (no `--ogre`, no OGRE_DIR) it is `env` unchanged: pkg-config's own search (PKG_CONFIG_PATH, then
 * the system's) decides.
 * @param {NodeJS.ProcessEnv} env - The environment to start from.
 * @param {string | undefined} prefix - An OGRE install prefix; defaults to env.OGRE_DIR.
 * @returns {NodeJS.ProcessEnv} The environment for pkg-config, CMake and the generator.
 */
export function ogreEnv(env = process.env, prefix = env.OGRE_DIR) {
  if (!prefix) return env;
  const root = resolve(prefix);
  const dirs = PKG_CONFIG_DIRS.map((d) => join(root, d)).filter((d) => existsSync(join(d, 'OGRE.pc')));
  if (!dirs.length) throw new Error(`no OGRE.pc under ${root} (looked in ${PKG_CONFIG_DIRS.join(', ')}): is it an OGRE install prefix?`);
  const rest = env.PKG_CONFIG_PATH ? [env.PKG_CONFIG_PATH] : [];
  return { ...env, OGRE_DIR: root, PKG_CONFIG_PATH: [...dirs, ...rest].join(':') };
}

/**
 * Takes `--ogre <prefix>` out of `argv`.
 * @param {string[]} argv - Command-line arguments.
 * @returns {{ prefix: string | undefined, rest: string[] }} The prefix given, and the other arguments.
 */
export function takeOgreOption(argv) {
  const at = argv.indexOf('--ogre');
  if (at < 0) return { prefix: undefined, rest: argv };
  const prefix = argv[at + 1];
  if (!prefix) throw new Error('--ogre needs an OGRE install prefix');
  return { prefix, rest: argv.filter((_, i) => i !== at && i !== at + 1) };
}
