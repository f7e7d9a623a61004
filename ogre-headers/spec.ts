/** OGRE's binding spec: the four modules and the rules taken from OGRE's own SWIG interface (Ogre.i). */
import { basename, dirname } from 'node:path';
import { defineConfig, type ModuleConfig } from '../generator/config/index.js';
import { EXCLUDED_HEADERS, EXCLUDED_PATTERN } from './modules.js';
import { directorRules } from './rules/directorRules.js';
import { extendRules } from './rules/extendRules.js';
import { ignoreRules } from './rules/ignoreRules.js';
import { instantiateRules } from './rules/instantiateRules.js';
import { lifetimeRules } from './rules/lifetimeRules.js';
import { ownershipRules } from './rules/ownershipRules.js';
import { listenerSlotExtensions, listenerSlotIgnores, partRules } from './rules/partRules.js';
import { renameRules } from './rules/renameRules.js';

/** A module whose headers are every `*.h` in `OGRE/<sub>`, minus modules.ts's exclusions for that folder. */
function ogreModule(name: string, sub: string): ModuleConfig {
  const folder = sub || '.';
  const excluded = Object.keys(EXCLUDED_HEADERS).filter((h) => dirname(h) === folder).map((h) => basename(h));
  return { name, root: sub ? `OGRE/${sub}` : 'OGRE', exclude: [...excluded, EXCLUDED_PATTERN] };
}

/** Roots are relative to pkg-config's `includedir` for OGRE (`/usr/include` on Debian). */
export default defineConfig({
  modules: [
    ogreModule('OgreMain', ''),
    ogreModule('Bites', 'Bites'),
    ogreModule('RTShader', 'RTShaderSystem'),
    ogreModule('Overlay', 'Overlay'),
  ],
  rules: {
    ignore: [...ignoreRules, ...listenerSlotIgnores],
    rename: renameRules,
    instantiate: instantiateRules,
    extend: [...extendRules, ...listenerSlotExtensions],
    ownership: [...ownershipRules, ...partRules],
    directors: directorRules,
    lifetimes: lifetimeRules,
  },
});
