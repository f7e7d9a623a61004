/** Packs the runtime package (scripts/pack.mjs) and installs it offline, for the install test and the package benchmark. */
import { execFileSync, spawnSync } from 'node:child_process';
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

/**
 * `npm install --offline` of the tarball into `project`, with its one dependency packed from this
 * repository's node_modules: nothing needs the network or npm's cache. Returns the wall time in ms.
 */
export function installOffline(project: string, tarball: string): number {
  const packed = execFileSync('npm', ['pack', '--json', join(root, 'node_modules', 'node-gyp-build'), '--pack-destination', dirname(tarball)],
    { cwd: project, encoding: 'utf8', env: cleanNpmEnv() });
  const dependency = join(dirname(tarball), (JSON.parse(packed) as { filename: string }[])[0]!.filename);
  const t0 = performance.now();
  const r = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund', dependency, tarball], { cwd: project, encoding: 'utf8', env: cleanNpmEnv() });
  if (r.status !== 0) throw new Error(`npm install failed:\n${r.stderr}`);
  return performance.now() - t0;
}
