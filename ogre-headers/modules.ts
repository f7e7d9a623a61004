/** OGRE's four modules as the generator parses them: include roots and headers, found through pkg-config. */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ModuleSpec, ParseInput } from '../generator/parse/index.js';

/** pkg-config packages of the four modules, and of Dear ImGui (its headers; the code is inside OgreOverlay). */
export const PKG_CONFIG_PACKAGES = ['OGRE', 'OGRE-Bites', 'OGRE-RTShaderSystem', 'OGRE-Overlay', 'imgui'];

/**
 * Headers left out of parsing, each with its reason. Everything else in a module's folder is
 * parsed, so a header added by an OGRE upgrade is picked up without anyone listing it.
 */
export const EXCLUDED_HEADERS: Readonly<Record<string, string>> = {
  'Bites/OgreApplicationContextQt.h': 'needs Qt headers (not a dependency)',
  'Bites/OgreBitesConfigDialog.h': 'Windows/GTK config dialog; Ogre.i ignores it too',
  'OgreOptimisedUtil.h': 'SIMD internals',
  'OgreAlignedAllocator.h': 'allocator internals',
};

/** Threading back-ends other than the one Debian's OGRE is built with (std threads): they need Boost, Poco or TBB. */
export const EXCLUDED_PATTERN = /^Ogre(?:ThreadHeaders|ThreadDefines|DefaultWorkQueue)(?:Boost|Poco|TBB|None)\.h$/;

function pkgConfig(...args: string[]): string {
  try {
    return execFileSync('pkg-config', args, { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(`pkg-config ${args.join(' ')} failed: install OGRE 1.12's development files (Debian: apt-get install libogre-1.12-dev libsdl2-dev libimgui-dev)`);
  }
}

/** The `*.h` files directly in `dir`, relative to `root`, minus the excluded ones, sorted. */
function headersIn(root: string, sub: string): string[] {
  return readdirSync(join(root, sub))
    .filter((f) => f.endsWith('.h'))
    .map((f) => (sub ? `${sub}/${f}` : f))
    .filter((f) => !(f in EXCLUDED_HEADERS) && !EXCLUDED_PATTERN.test(f.slice(f.lastIndexOf('/') + 1)))
    .sort();
}

/** The parse input for OGRE: modules with their roots and headers, and pkg-config's flags. */
export function ogreParseInput(): ParseInput {
  const root = join(pkgConfig('--variable=includedir', 'OGRE'), 'OGRE');
  const flags = pkgConfig('--cflags', ...PKG_CONFIG_PACKAGES).split(/\s+/).filter((f) => /^-[ID]/.test(f));
  const module = (name: string, sub: string): ModuleSpec => ({
    name,
    root: sub ? join(root, sub) : root,
    headers: headersIn(root, sub).map((h) => join(root, h)),
  });
  // Overlay's ImGuiOverlay exposes Dear ImGui, built into libOgreOverlay: its API belongs to Overlay.
  const imgui = join(pkgConfig('--variable=includedir', 'imgui'), 'imgui.h');
  return {
    modules: [module('OgreMain', ''), module('Bites', 'Bites'), module('RTShader', 'RTShaderSystem'), { ...module('Overlay', 'Overlay'), owns: [imgui] }],
    args: ['-std=c++14', ...flags],
  };
}
