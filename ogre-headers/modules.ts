/** OGRE's four modules as the generator parses them: include roots and headers of the chosen OGRE. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ModuleSpec, ParseInput } from '../generator/parse/index.js';
import { findOgre, OGRE_PACKAGES, pkgConfig, type OgreInstall } from './ogreInstall.js';

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

/** Dear ImGui's own headers in OGRE ≥ 13's Overlay folder: parsed as Dear ImGui (the Overlay module owns it), not as OGRE headers. */
const IMGUI_HEADERS = new Set(['Overlay/imgui.h', 'Overlay/imconfig.h']);

/** The `*.h` files directly in `dir`, relative to `root`, minus the excluded ones, sorted. */
function headersIn(root: string, sub: string): string[] {
  return readdirSync(join(root, sub))
    .filter((f) => f.endsWith('.h'))
    .map((f) => (sub ? `${sub}/${f}` : f))
    .filter((f) => !(f in EXCLUDED_HEADERS) && !IMGUI_HEADERS.has(f) && !EXCLUDED_PATTERN.test(f.slice(f.lastIndexOf('/') + 1)))
    .sort();
}

/** The parse input for an OGRE (by default the chosen one): modules with their roots and headers, and pkg-config's flags. */
export function ogreParseInput(ogre: OgreInstall = findOgre()): ParseInput {
  const root = ogre.root;
  const flags = [...pkgConfig(ogre.env, '--cflags', ...OGRE_PACKAGES).split(/\s+/).filter((f) => /^-[ID]/.test(f)), ...ogre.imgui.flags];
  const module = (name: string, sub: string): ModuleSpec => ({
    name,
    root: sub ? join(root, sub) : root,
    headers: headersIn(root, sub).map((h) => join(root, h)),
  });
  // Overlay's ImGuiOverlay exposes Dear ImGui, built into libOgreOverlay: its API belongs to Overlay.
  const imgui = ogre.imgui.header;
  return {
    modules: [module('OgreMain', ''), module('Bites', 'Bites'), module('RTShader', 'RTShaderSystem'), { ...module('Overlay', 'Overlay'), owns: [imgui] }],
    args: ['-std=c++14', ...flags],
  };
}
