/** Packs the runtime package (scripts/pack.mjs) for the install test and the package benchmark. */
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The environment without the variables `npm run` sets, so a nested npm works on its own project. */
export function cleanNpmEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
}

/** Stages and packs `ogre-napi` into `outDir`; returns the tarball's path. */
export function packRuntime(outDir: string): string {
  const out = execFileSync(process.execPath, [join(root, 'scripts', 'pack.mjs'), '--out', outDir], { encoding: 'utf8', env: cleanNpmEnv() });
  return out.trim().split('\n').pop()!;
}
