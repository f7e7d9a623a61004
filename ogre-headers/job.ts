/** OGRE's binding job: the shipped spec (index.ts) writing into a folder. */
import { join } from 'node:path';
import type { BindingJob } from '../generator/generate.js';
import ogreSpec from './index.js';

/** The job writing into `out`, for an addon built by cmake-js under `packageRoot/build`. */
export function ogreJob(packageRoot: string, out: string, strict = false): BindingJob {
  const spec = ogreSpec();
  return {
    ...spec,
    out,
    addon: join(packageRoot, 'build', 'Release', `${spec.emit.name}.node`),
    strict,
    cacheDir: join(packageRoot, 'build', 'ast-cache'),
  };
}
