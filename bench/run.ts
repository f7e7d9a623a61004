/** `npm run bench`: parse + IR of OGRE's four modules — wall time and peak memory over several runs. */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, stats } from './stats.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const here = dirname(fileURLToPath(import.meta.url));
const TARGET = { ms: 3000, mb: 400 };

interface ParseRun { ms: number; maxRssKb: number; decls: number; wallMs: number }

/** One fresh process: parse + IR, timed inside (parse+IR) and outside (whole process). */
function parseOnce(): ParseRun {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'parseModel.ts')], { encoding: 'utf8' });
  const wallMs = performance.now() - t0;
  if (r.status !== 0) throw new Error(`bench child failed: ${r.stderr}`);
  return { ...(JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Omit<ParseRun, 'wallMs'>), wallMs };
}

console.log(`parse + IR of OgreMain, Bites, RTShader, Overlay (${RUNS} runs, each a new process)`);
parseOnce(); // warm the file cache
const runs = Array.from({ length: RUNS }, parseOnce);
const ms = stats(runs.map((r) => r.ms));
const mb = stats(runs.map((r) => r.maxRssKb / 1024));
console.log(`  parse + IR        ${fmt(ms, 'ms')}   target ≤ ${TARGET.ms} ms`);
console.log(`  whole process     ${fmt(stats(runs.map((r) => r.wallMs)), 'ms')}`);
console.log(`  peak memory       ${fmt(mb, 'MB')}   target ≤ ${TARGET.mb} MB`);
console.log(`  declarations      ${runs[0]!.decls}`);
