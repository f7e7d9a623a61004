/** Package figures: tarball size, installed size, offline install time, first and later import times (and SWIG-Python's). */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanNpmEnv, installOffline, packRuntime } from '../tests/package/packRuntime.js';
import { stats } from './stats.js';

/** Bytes under a folder (files only, symlinks not followed). */
function bytesUnder(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Wall time of one command, in ms; throws when it fails. */
function timed(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = cleanNpmEnv()): number {
  const t0 = performance.now();
  const r = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr}`);
  return performance.now() - t0;
}

/** Prints the package figures (3 installs, 5 imports of each kind). Never throws. */
export function packageBench(): void {
  console.log('\npackage: `npm install --offline` of the packed ogre-napi into a fresh project (median of 3); imports median of 5');
  const work = mkdtempSync(join(tmpdir(), 'ogre-napi-bench-package-'));
  try {
    const tarball = packRuntime(join(work, 'pack'));
    const projects = [0, 1, 2].map((i) => {
      const dir = join(work, `project${i}`);
      mkdirSync(dir);
      writeFileSync(join(dir, 'package.json'), '{ "name": "consumer", "private": true, "type": "module" }\n');
      writeFileSync(join(dir, 'app.mjs'), "import Ogre from 'ogre-napi';\nvoid Ogre;\n");
      writeFileSync(join(dir, 'empty.mjs'), '\n');
      return dir;
    });
    const install = stats(projects.map((dir) => installOffline(dir, tarball)));
    const project = projects[0]!;
    const run = (file: string, cache: string) => timed(process.execPath, [file], project, { ...cleanNpmEnv(), OGRE_NAPI_CACHE_DIR: cache });
    // First import: an empty cache folder each time (V8 compiles, then writes its caches); later: a warm one.
    const first = stats([0, 1, 2, 3, 4].map((i) => run('app.mjs', join(work, `cold${i}`)) - run('empty.mjs', join(work, 'none'))));
    run('app.mjs', join(work, 'warm'));
    const later = stats([0, 1, 2, 3, 4].map(() => run('app.mjs', join(work, 'warm')) - run('empty.mjs', join(work, 'none'))));
    const rows: [string, string][] = [
      ['tarball', mb(statSync(tarball).size)],
      ['installed (node_modules)', mb(bytesUnder(join(project, 'node_modules')))],
      ['install time', `${(install.median / 1000).toFixed(1)} s`],
      ['first import (empty code cache), over an empty module', `${first.median.toFixed(0)} ms`],
      ['later imports (code cache warm), over an empty module', `${later.median.toFixed(0)} ms`],
      ...swigPython(),
    ];
    const width = Math.max(...rows.map((r) => r[0].length));
    for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
  } catch (e) {
    console.log(`  failed: ${(e as Error).message}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The same figures for Debian's SWIG-Python OGRE (python3-ogre-1.12), where installed. */
function swigPython(): [string, string][] {
  const size = spawnSync('dpkg-query', ['-W', '-f=${Installed-Size}', 'python3-ogre-1.12'], { encoding: 'utf8' });
  if (size.status !== 0) return [['SWIG-Python', 'n/a (python3-ogre-1.12 not installed)']];
  const python = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import Ogre']).status === 0);
  if (!python) return [['SWIG-Python', 'n/a (no python3 can import Ogre)']];
  const imports = stats([0, 1, 2, 3, 4].map(() => timed(python, ['-c', 'import Ogre'], tmpdir()) - timed(python, ['-c', '0'], tmpdir())));
  return [
    ['SWIG-Python: installed (python3-ogre-1.12, dpkg)', mb(Number(size.stdout) * 1024)],
    ['SWIG-Python: `import Ogre`, over bare python3', `${imports.median.toFixed(0)} ms`],
  ];
}
