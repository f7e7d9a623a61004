/**
 * The shipped OGRE binding spec: what `ogre-bindgen generate` uses unless given `--spec`. A spec
 * file of your own can extend it (its default export is this function's result, changed):
 *
 *     import ogreSpec from 'ogre-bindgen/spec';
 *     export default () => { const spec = ogreSpec(); spec.emit.typemaps = [myTypeMap, ...spec.emit.typemaps ?? []]; return spec; };
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineSpec, type BindingSpec } from '../generator/config/index.js';
import { ogreEmitSpec } from './emit.js';
import { ogreParseInput } from './modules.js';
import { findOgre } from './ogreInstall.js';
import { settingsProblems } from './settingsCheck.js';
import spec from './spec.js';
import { librariesInstalled } from './symbols.js';

/** Headers the spec's C++ snippets may use: those of the glue's precompiled header (the engine's and the runtime's). */
const SNIPPET_HEADERS = ['Ogre.h', 'OgreApplicationContext.h', 'OgreRTShaderSystem.h', 'OgreOverlaySystem.h', 'OgreImGuiOverlay.h', 'OgreTrays.h', 'napi.h', 'ogre_napi/runtime.h'];

/** The include folders and defines of the runtime's headers, as native/runtime/CMakeLists.txt has them. */
function runtimeArgs(): string[] {
  const here = dirname(fileURLToPath(import.meta.url));
  const addonApi = dirname(createRequire(import.meta.url).resolve('node-addon-api/package.json'));
  return [`-I${join(dirname(process.execPath), '..', 'include', 'node')}`, `-I${addonApi}`, `-I${join(here, '..', 'native', 'runtime')}`,
    '-DNAPI_VERSION=8', '-DNAPI_CPP_EXCEPTIONS'];
}

/**
 * OGRE's four modules (of the chosen OGRE, found through pkg-config), the rules from spec.ts and the
 * emission spec from emit.ts (fresh copies), and what `check` adds for OGRE.
 */
export default defineSpec((): BindingSpec => {
  const ogre = findOgre();
  const libraries = librariesInstalled() ? '' : '; headers only: no libraries, so every declaration counts as linkable';
  return {
    parse: ogreParseInput(),
    rules: { ...spec.rules },
    emit: { ...ogreEmitSpec, typemaps: [...ogreEmitSpec.typemaps ?? []] },
    check: {
      // Dear ImGui's internal header where its package installs it (emit.ts's frame checks use it).
      snippetHeaders: [...SNIPPET_HEADERS, ...(ogre.imgui.kind === 'separate' ? ['imgui_internal.h'] : [])],
      snippetArgs: runtimeArgs(),
      extra: (_model, report) => settingsProblems(ogre, report),
    },
    source: `OGRE ${ogre.version} at ${ogre.root} (Dear ImGui ${ogre.imgui.version}, ${ogre.imgui.kind}${libraries})`,
  };
});
