/** `npm run bench`: parse + IR of OGRE's four modules (wall time, peak memory), build costs, package figures, call costs (ours vs SWIG-Python), finalization mechanisms. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBench } from './build.js';
import { packageBench } from './package.js';
import { finalizerBench } from './finalizers.js';
import { ownedBench } from './owned.js';
import { fmt, stats } from './stats.js';
import { callTable, type CallTimes } from './table.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const here = dirname(fileURLToPath(import.meta.url));
const TARGET = { ms: 3000, mb: 400 };

interface ParseRun { ms: number; maxRssKb: number; decls: number; wallMs: number }

/** Runs a bench child and parses the JSON on the last line of its output. */
function jsonChild<T>(command: string, args: string[]): T {
  const r = spawnSync(command, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench child ${args.at(-1)} failed: ${r.stderr || r.error}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as T;
}

/** One fresh process: parse + IR, timed inside (parse+IR) and outside (whole process). */
function parseOnce(cacheDir?: string): ParseRun {
  const t0 = performance.now();
  const run = jsonChild<Omit<ParseRun, 'wallMs'>>(process.execPath, ['--import', 'tsx', join(here, 'parseModel.ts'), ...(cacheDir ? ['--cache', cacheDir] : [])]);
  return { ...run, wallMs: performance.now() - t0 };
}

/** The AST cache the warm runs use (a fresh one, removed at exit). */
const cacheDir = mkdtempSync(join(tmpdir(), 'ogre-napi-bench-ast-'));
process.on('exit', () => rmSync(cacheDir, { recursive: true, force: true }));

console.log(`parse + IR of OgreMain, Bites, RTShader, Overlay (${RUNS} runs, each a new process)`);
parseOnce(); // warm the file cache
const runs = Array.from({ length: RUNS }, () => parseOnce());
const ms = stats(runs.map((r) => r.ms));
const mb = stats(runs.map((r) => r.maxRssKb / 1024));
console.log(`  parse + IR        ${fmt(ms, 'ms')}   target ≤ ${TARGET.ms} ms`);
console.log(`  whole process     ${fmt(stats(runs.map((r) => r.wallMs)), 'ms')}`);
console.log(`  peak memory       ${fmt(mb, 'MB')}   target ≤ ${TARGET.mb} MB`);
console.log(`  declarations      ${runs[0]!.decls}`);
parseOnce(cacheDir); // fills the AST cache
const warm = Array.from({ length: RUNS }, () => parseOnce(cacheDir));
console.log(`  with the AST cache (headers unchanged, as on every run after the first):`);
console.log(`  parse + IR        ${fmt(stats(warm.map((r) => r.ms)), 'ms')}   target ≤ ${TARGET.ms} ms`);
console.log(`  peak memory       ${fmt(stats(warm.map((r) => r.maxRssKb / 1024)), 'MB')}   target ≤ ${TARGET.mb} MB`);

buildBench(); // generation, clean and incremental builds, addon size, load time (BENCH_SKIP_BUILD=1 skips)
packageBench(); // tarball, installed size, install time, first-import time

// Calls: the same operations through our addon and through OGRE's SWIG Python module (python3-ogre-1.12
// installs into the system interpreter, which need not be the first python3 on PATH).
console.log('\ncalls: ns per call, median of 7 rounds × 200000 calls, each side in its own process');
if (!existsSync(join(here, '../build/Release/ogre.node')) || !existsSync(join(here, '../generated/lib/ogre.js'))) {
  console.log('  skipped: the OGRE addon is not built (generate the bindings, then build build/Release/ogre.node)');
} else {
  const ours = jsonChild<CallTimes>(process.execPath, ['--expose-gc', '--import', 'tsx', join(here, 'calls.ts')]);
  const python = [process.env.BENCH_PYTHON, 'python3', '/usr/bin/python3']
    .find((p) => p && spawnSync(p, ['-c', 'import Ogre, numpy']).status === 0);
  if (!python) console.log('  SWIG-Python skipped: no python3 can `import Ogre, numpy` (install python3-ogre-1.12 and python3-numpy)');
  const py = python ? jsonChild<CallTimes>(python, [join(here, 'swig_python.py')]) : null;
  for (const line of callTable(ours, py)) console.log(line);
  memoryBench(python);
  ownedBench(python);
}

finalizerBench(); // mechanisms for objects JS owns, on a bench addon (BENCH_FINALIZER_LIVE, BENCH_FINALIZER_RUNS)

/** 10M value results (a turn of the event loop every 100k): peak RSS growth and time, ours and SWIG-Python's. */
function memoryBench(python: string | undefined): void {
  interface Mem { baseline: number; peak: number; seconds: number }
  const show = (who: string, m: Mem) => `${who} +${(m.peak - m.baseline).toFixed(1)} MB peak RSS, ${m.seconds.toFixed(2)} s`;
  const ours = jsonChild<Mem>(process.execPath, ['--import', 'tsx', join(here, 'valueMemory.ts')]);
  const py = python ? jsonChild<Mem>(python, [join(here, 'value_memory.py')]) : null;
  const growth = ours.peak - ours.baseline;
  console.log(`
10M v.add(w): ${show('ours', ours)}${py ? `; ${show('SWIG-Python', py)}` : ''}   target ours ≤ 50 MB   ${growth <= 50 ? 'ok' : 'over target'}`);
}
