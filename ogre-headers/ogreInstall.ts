/** The OGRE the generator reads: version, folders, build settings and Dear ImGui layout, found through pkg-config. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ogreEnv } from '../scripts/ogreEnv.mjs';

/** Where the Dear ImGui that OGRE's Overlay library contains has its headers. */
export interface ImGuiLayout {
  /** `bundled`: OGRE ≥ 13's own copy in `OGRE/Overlay/`; `separate`: a package of its own (Debian's libimgui-dev with 1.12). */
  kind: 'bundled' | 'separate';
  /** imgui.h. */
  header: string;
  /** IMGUI_VERSION of that header. */
  version: string;
  /** Include flags for it (none when bundled: OGRE-Overlay's flags cover it). */
  flags: string[];
  /**
   * A static library whose imgui_demo.o has the demo windows (ShowDemoWindow …) when OGRE's library lacks
   * them: only a separate package's, and only when its version is the header's.
   */
  demoArchive?: string;
}

/** One OGRE install. */
export interface OgreInstall {
  /** `OGRE.pc`'s version: `1.12.10`, `14.5.2`. */
  version: string;
  /** [major, minor, patch]. */
  numbers: [number, number, number];
  /** `<includedir>/OGRE`. */
  root: string;
  /** pkg-config's libdir for OGRE. */
  libdir: string;
  /** OgreBuildSettings.h's `#define`s: name → value ('' for a bare define). */
  settings: Record<string, string>;
  imgui: ImGuiLayout;
  /** The environment that finds this OGRE (PKG_CONFIG_PATH). */
  env: NodeJS.ProcessEnv;
}

/** pkg-config packages of the four modules. */
export const OGRE_PACKAGES = ['OGRE', 'OGRE-Bites', 'OGRE-RTShaderSystem', 'OGRE-Overlay'];

/** Runs pkg-config in `env`, with an error that says how to choose an OGRE. */
export function pkgConfig(env: NodeJS.ProcessEnv, ...args: string[]): string {
  try {
    return execFileSync('pkg-config', args, { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch {
    throw new Error(`pkg-config ${args.join(' ')} failed: choose an OGRE with --ogre <prefix>, OGRE_DIR or PKG_CONFIG_PATH, `
      + 'or install Debian\'s (apt-get install libogre-1.12-dev libsdl2-dev libimgui-dev)');
  }
}

/** `#define NAME value` lines of a header. */
function defines(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(file)) return out;
  for (const m of readFileSync(file, 'utf8').matchAll(/^\s*#\s*define\s+(\w+)(?:[ \t]+(.*?))?\s*$/gm)) out[m[1]!] = m[2] ?? '';
  return out;
}

function imguiLayout(env: NodeJS.ProcessEnv, root: string): ImGuiLayout {
  const versionOf = (h: string) => (defines(h).IMGUI_VERSION ?? '').replace(/"/g, '');
  const bundled = join(root, 'Overlay', 'imgui.h');
  if (existsSync(bundled)) return { kind: 'bundled', header: bundled, version: versionOf(bundled), flags: [] };
  const header = join(pkgConfig(env, '--variable=includedir', 'imgui'), 'imgui.h');
  const version = versionOf(header);
  const archive = join(pkgConfig(env, '--variable=libdir', 'imgui'), 'libimgui.a');
  const flags = pkgConfig(env, '--cflags', 'imgui').split(/\s+/).filter((f) => /^-[ID]/.test(f));
  const matches = existsSync(archive) && pkgConfig(env, '--modversion', 'imgui') === version;
  return { kind: 'separate', header, version, flags, ...(matches ? { demoArchive: archive } : {}) };
}

const found = new Map<string, OgreInstall>();

/**
 * The OGRE that `env` chooses: OGRE_DIR (an install prefix, as `--ogre` sets it) first, else
 * whatever pkg-config finds (PKG_CONFIG_PATH, then the system's). Read once per environment.
 */
export function findOgre(base: NodeJS.ProcessEnv = process.env): OgreInstall {
  const env = ogreEnv(base);
  const key = `${env.OGRE_DIR ?? ''}\0${env.PKG_CONFIG_PATH ?? ''}`;
  const known = found.get(key);
  if (known) return known;
  const version = pkgConfig(env, '--modversion', 'OGRE');
  const root = join(pkgConfig(env, '--variable=includedir', 'OGRE'), 'OGRE');
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  const install: OgreInstall = {
    version, numbers: [major, minor, patch], root, libdir: pkgConfig(env, '--variable=libdir', 'OGRE'),
    settings: defines(join(root, 'OgreBuildSettings.h')), imgui: imguiLayout(env, root), env,
  };
  found.set(key, install);
  return install;
}
