/** OGRE's binding job: its four modules, the rules from spec.ts and the emission spec from emit.ts. */
import { join } from 'node:path';
import type { BindingJob } from '../generator/generate.js';
import { ogreParseInput } from './modules.js';
import spec from './spec.js';
import { ogreEmitSpec } from './emit.js';

/** The job writing into `out`, for an addon built by cmake-js under `packageRoot/build`. */
export function ogreJob(packageRoot: string, out: string, strict = false): BindingJob {
  return {
    parse: ogreParseInput(),
    rules: spec.rules ?? {},
    emit: ogreEmitSpec,
    out,
    addon: join(packageRoot, 'build', 'Release', `${ogreEmitSpec.name}.node`),
    strict,
    cacheDir: join(packageRoot, 'build', 'ast-cache'),
  };
}
