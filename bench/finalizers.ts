/** Finalization costs per object at 20k / 200k / 2M live objects, for each mechanism Node 20 offers (table). */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stats } from './stats.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

/** Each mechanism and the bench addon it runs with (bench/native/finalizers.cpp, built two ways). */
const MECHANISMS: [name: string, addon: 'finalizers_bench' | 'finalizers_bench_gc', what: string][] = [
  ['none', 'finalizers_bench', 'no finalizer, never freed (the floor)'],
  ['registry', 'finalizers_bench', 'FinalizationRegistry, one native free per object'],
  ['registry-batched', 'finalizers_bench', 'FinalizationRegistry, frees batched (1024 a call)'],
  ['registry-arena', 'finalizers_bench', 'FinalizationRegistry per arena of 256 objects'],
  ['napi_wrap', 'finalizers_bench', 'napi_wrap + finalizer (Node-API 8: run after the GC)'],
  ['napi_wrap-in-gc', 'finalizers_bench_gc', 'napi_wrap, NAPI_EXPERIMENTAL: finalizer inside the GC'],
  ['napi_wrap-post', 'finalizers_bench_gc', 'the same, freeing through node_api_post_finalizer'],
  ['napi_wrap-list', 'finalizers_bench_gc', 'the same, listing; freed 1024 at a time'],
];

/** Live counts (BENCH_FINALIZER_LIVE=20000,200000 to shorten). */
const LIVE = (process.env.BENCH_FINALIZER_LIVE ?? '20000,200000,2000000').split(',').map(Number);

/** Runs per mechanism and live count (BENCH_FINALIZER_RUNS); each figure is their median. */
const RUNS = Number(process.env.BENCH_FINALIZER_RUNS ?? 3);

interface Result { create: number; churn: number; backlog: number; reclaim: number; freed: boolean }

/** Builds the two bench addons; their paths, or null (with the reason printed). */
function buildAddons(): Record<string, string> | null {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build-native.mjs'), 'finalizers_bench', 'finalizers_bench_gc'], { cwd: root, encoding: 'utf8' });
  const paths = { finalizers_bench: join(root, 'build', 'Release', 'finalizers_bench.node'), finalizers_bench_gc: join(root, 'build', 'Release', 'finalizers_bench_gc.node') };
  if (r.status !== 0 || !Object.values(paths).every((p) => existsSync(p))) {
    console.log(`  skipped: building the bench addons failed\n${r.stdout}${r.stderr}`);
    return null;
  }
  return paths;
}

/** Median of each figure over {@link RUNS} processes (or the first failure). */
function runMedian(name: string, live: number, addon: string): Result | string {
  const runs: Result[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = runOne(name, live, addon);
    if (typeof r === 'string') return r;
    runs.push(r);
  }
  const median = (key: 'create' | 'churn' | 'backlog' | 'reclaim') => stats(runs.map((r) => r[key])).median;
  return { create: median('create'), churn: median('churn'), backlog: median('backlog'), reclaim: median('reclaim'), freed: runs.every((r) => r.freed) };
}

/** One mechanism at one live count, in its own process. */
function runOne(name: string, live: number, addon: string): Result | string {
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(here, 'finalizerChild.ts'), name, String(live), addon], { encoding: 'utf8' });
  if (r.status !== 0) return `failed: ${(r.stderr || String(r.error)).trim().split('\n').at(-1)}`;
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Result;
}

/** Prints the table: ns per object to create and register, per temporary, and to collect and free. */
export function finalizerBench(): void {
  console.log(`\nfinalization: ns per object, each mechanism and live count in its own processes (median of ${RUNS})`);
  console.log('  create: making the live objects (JS object + 32-byte native payload + registration), all kept;');
  console.log('  churn: 200k temporaries made and dropped while they live (a turn of the event loop every 10k,');
  console.log('  then full GCs until all are freed; backlog: share still unfreed before those GCs);');
  console.log('  reclaim: all live objects dropped, full GCs until every payload is freed.');
  const addons = buildAddons();
  if (!addons) return;
  const head = ['mechanism', 'live', 'create', 'churn', 'backlog', 'reclaim', 'create+reclaim'];
  const rows: string[][] = [];
  for (const [name, addon] of MECHANISMS) {
    for (const live of LIVE) {
      const r = runMedian(name, live, addons[addon]!);
      if (typeof r === 'string') { rows.push([name, String(live), r, '', '', '', '']); continue; }
      const unfreed = r.freed ? '' : ' (not all freed)';
      rows.push([name, live.toLocaleString('en'), r.create.toFixed(0), r.churn.toFixed(0),
        name === 'none' ? '' : `${(100 * r.backlog).toFixed(0)} %`, `${r.reclaim.toFixed(0)}${unfreed}`, (r.create + r.reclaim).toFixed(0)]);
    }
  }
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => (i === 0 ? c.padEnd(width[i]!) : c.padStart(width[i]!))).join('  ')}`.trimEnd();
  console.log(line(head));
  for (const row of rows) console.log(line(row));
  console.log('  mechanisms:');
  for (const [name, , what] of MECHANISMS) console.log(`    ${name.padEnd(width[0]!)}  ${what}`);
}

if (import.meta.url === `file://${process.argv[1]}`) finalizerBench();
