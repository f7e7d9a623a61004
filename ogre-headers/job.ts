/** OGRE's binding job: its four modules, the rules from spec.ts and the emission spec from emit.ts. */
import { join } from 'node:path';
import type { BindingJob } from '../generator/generate.js';
import { ogreParseInput } from './modules.js';
import spec from './spec.js';
import { ogreEmitSpec } from './emit.js';
import { findOgre } from './ogreInstall.js';
import { settingsProblems } from './settingsCheck.js';

/** Headers the spec's C++ snippets may use: those of the glue's precompiled header. */
const SNIPPET_HEADERS = ['Ogre.h', 'OgreApplicationContext.h', 'OgreRTShaderSystem.h', 'OgreOverlaySystem.h', 'OgreImGuiOverlay.h', 'OgreTrays.h'];

/** The job writing into `out`, for an addon built by cmake-js under `packageRoot/build`. */
export function ogreJob(packageRoot: string, out: string, strict = false): BindingJob {
  return {
    parse: ogreParseInput(),
    rules: spec.rules ?? {},
    emit: ogreEmitSpec,
    out,
    addon: join(packageRoot, 'build', 'Release', `${ogreEmitSpec.name}.node`),
    strict,
    // Dear ImGui's internal header where its package installs it (emit.ts's frame checks use it).
    check: { snippetHeaders: [...SNIPPET_HEADERS, ...(findOgre().imgui.kind === 'separate' ? ['imgui_internal.h'] : [])], extra: (_model, report) => settingsProblems(findOgre(), report) },
    cacheDir: join(packageRoot, 'build', 'ast-cache'),
  };
}
