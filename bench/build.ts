/** Build benchmarks: generation time, clean / no-change / one-change builds of the OGRE addon, peak compiler memory, addon size, load time. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stats } from './stats.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET = { genMs: 3000, cleanS: 120, compilerMb: 1024, rebuildS: 15, addonMb: 11, loadMs: 50 };
/** The rule the rebuild benchmark adds: one method of one class (SceneManager's unit is among the largest). */
const RULE_CHANGE = 'Ogre::SceneManager::setAmbientLight';
/** Runs argv[1:] and prints the peak RSS (KiB on Linux) of the largest waited-for descendant: a compiler here. */
const PEAK_RSS = 'import resource, subprocess, sys; r = subprocess.run(sys.argv[1:]); '
  + 'print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(r.returncode)';
/** A compile step in ninja's (or make's) progress output. */
const COMPILING = /Building CXX object/g;

type Row = [label: string, value: string, target: string, verdict: string];
const verdict = (x: number, limit: number) => (x <= limit ? 'ok' : 'over target');
const units = (out: string) => {
  const n = out.match(COMPILING)?.length ?? 0;
  return `${n} unit${n === 1 ? '' : 's'} compiled`;
};
const lastLines = (s: string, n = 8) => s.trim().split('\n').slice(-n).join('\n    ');

/** Runs `cmd args` from the repo root; wall time and combined output. Throws with the output's tail on failure. */
function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): { ms: number; out: string; stdout: string } {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 256 << 20, timeout: 30 * 60_000 });
  const ms = performance.now() - t0;
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  const shown = [basename(cmd), ...args.map((a) => (a.length > 80 ? '…' : a))].join(' ');
  if (r.status !== 0) throw new Error(`\`${shown}\` failed (${r.error?.message ?? `exit ${r.status}`})${out.trim() ? `:\n    ${lastLines(out)}` : ''}`);
  return { ms, out, stdout: r.stdout ?? '' };
}

/** Runs each section; a failing one becomes a row with its message instead of ending the bench. */
function section(rows: Row[], label: string, body: () => Row[]): void {
  try { rows.push(...body()); } catch (e) { rows.push([label, `failed: ${(e as Error).message}`, '', '']); }
}

/** `node bin/ogre-bindgen.js generate --force` into a temporary directory, median of 3. */
function generation(): Row[] {
  const out = mkdtempSync(join(tmpdir(), 'ogre-napi-gen-'));
  try {
    const runs = [0, 1, 2].map(() => timed(process.execPath, ['bin/ogre-bindgen.js', 'generate', '--force', '--out', out]).ms);
    const s = stats(runs);
    return [['generation', `${(s.median / 1000).toFixed(2)} s (min ${(s.min / 1000).toFixed(2)}, max ${(s.max / 1000).toFixed(2)})`,
      `≤ ${TARGET.genMs / 1000} s`, verdict(s.median, TARGET.genMs)]];
  } finally { rmSync(out, { recursive: true, force: true }); }
}

/** Clean, no-change and one-touched-file builds of the `ogre` target in a fresh build directory. */
function builds(): Row[] {
  if (!existsSync(join(root, 'generated/src/module.cpp'))) {
    return [['builds', 'skipped: generated/src is missing (run `npm run build` or `node bin/ogre-bindgen.js generate`)', '', '']];
  }
  const dir = mkdtempSync(join(tmpdir(), 'ogre-napi-build-'));
  // CCACHE_DISABLE: the project uses ccache when installed; a warm cache would make the clean build meaningless.
  const env = { ...process.env, CCACHE_DISABLE: '1' };
  const build = ['scripts/build-native.mjs', '--out', dir, 'ogre'];
  const python = process.env.BENCH_PYTHON ?? 'python3';
  try {
    const clean = timed(python, ['-c', PEAK_RSS, process.execPath, ...build], env);
    const peakMb = Number(clean.stdout.trim().split('\n').at(-1)) / 1024;
    const again = timed(process.execPath, build, env);
    const idle = !again.out.match(COMPILING);
    // One class's rule changes: regenerate with it (one unit's glue changes), then rebuild.
    const regenerate = (...rule: string[]) => timed(process.execPath, ['--import', 'tsx', 'bench/ruleChange.ts', ...rule]);
    const t0 = performance.now();
    regenerate(RULE_CHANGE);
    const touched = timed(process.execPath, build, env);
    const ruleMs = performance.now() - t0;
    regenerate();
    const mb = (file: string) => (existsSync(file) ? `${(statSync(file).size / 2 ** 20).toFixed(2)} MB` : 'n/a');
    const fresh = join(dir, 'Release/ogre.node');
    const freshMb = existsSync(fresh) ? statSync(fresh).size / 2 ** 20 : NaN;
    return [
      ['clean build (configure + build)', `${(clean.ms / 1000).toFixed(1)} s, ${units(clean.out)}`,
        `≤ ${TARGET.cleanS} s`, verdict(clean.ms / 1000, TARGET.cleanS)],
      ['peak memory, largest process', Number.isFinite(peakMb) ? `${peakMb.toFixed(0)} MB` : 'n/a',
        `≤ ${TARGET.compilerMb} MB`, Number.isFinite(peakMb) ? verdict(peakMb, TARGET.compilerMb) : 'n/a'],
      ['no-change rebuild', `${(again.ms / 1000).toFixed(1)} s, no compiling: ${idle ? 'yes' : 'no'}`, '', ''],
      [`rule change (ignore ${RULE_CHANGE}): generate + build`, `${(ruleMs / 1000).toFixed(1)} s, ${units(touched.out)}`,
        `≤ ${TARGET.rebuildS} s`, verdict(ruleMs / 1000, TARGET.rebuildS)],
      ['addon size (fresh build)', mb(fresh), `≤ ${TARGET.addonMb} MB`, Number.isFinite(freshMb) ? verdict(freshMb, TARGET.addonMb) : 'n/a'],
      ['addon size (build/Release)', mb(join(root, 'build/Release/ogre.node')), '', ''],
    ];
  } finally { rmSync(dir, { recursive: true, force: true }); }
}

/**
 * `import Ogre from 'ogre-napi'` in an ES module run by a fresh Node process, minus the same process
 * with an empty ES module (Node's own ES module loader is part of both): the median of 9 paired
 * differences. Also against `node -e 0`, which starts no ES module loader at all.
 */
export function loadTime(): Row[] {
  const index = join(root, 'generated/lib/index.js');
  if (!existsSync(index)) return [['load time', 'skipped: generated/lib/index.js is missing', '', '']];
  const dir = mkdtempSync(join(tmpdir(), 'ogre-napi-load-'));
  try {
    const app = join(dir, 'app.mjs');
    const empty = join(dir, 'empty.mjs');
    writeFileSync(app, `import Ogre from ${JSON.stringify(pathToFileURL(index).href)};\nvoid Ogre;\n`);
    writeFileSync(empty, '\n');
    const run = (...args: string[]) => timed(process.execPath, args).ms;
    run(empty); run(app); // warm the file cache
    // Runs in pairs, the difference taken pair by pair: the machine's speed drifts less within a pair.
    const over = (base: string[]) => {
      const pairs = Array.from({ length: 9 }, () => { const b = run(...base); return { b, d: run(app) - b }; });
      return { ms: stats(pairs.map((p) => p.d)).median, bare: stats(pairs.map((p) => p.b)).median };
    };
    const { ms: loaded, bare } = over([empty]);
    const { ms: loadedEval, bare: bareEval } = over(['-e', '0']);
    return [
      ['load time over bare Node (an ES module importing it vs an empty one)', `${loaded.toFixed(0)} ms (bare ${bare.toFixed(0)} ms)`,
        `≤ ${TARGET.loadMs} ms`, verdict(loaded, TARGET.loadMs)],
      ['  the same over `node -e 0` (no ES module loader)', `${loadedEval.toFixed(0)} ms (bare ${bareEval.toFixed(0)} ms)`, '', ''],
    ];
  } finally { rmSync(dir, { recursive: true, force: true }); }
}

/**
 * Prints the build benchmarks: generation time, clean build (wall time, peak memory of the largest compiler
 * process), no-change and one-file rebuilds in a fresh temporary build directory, addon size and load time.
 * The builds take a minute or so; `BENCH_SKIP_BUILD=1` skips everything here. Never throws.
 */
export function buildBench(): void {
  console.log('\nbuild: generation median of 3; builds of the ogre target in a fresh build dir, 2 jobs; load median of 5');
  if (process.env.BENCH_SKIP_BUILD === '1') return void console.log('  skipped (BENCH_SKIP_BUILD=1)');
  const rows: Row[] = [];
  section(rows, 'generation', generation);
  section(rows, 'builds', builds);
  section(rows, 'load time', loadTime);
  const width = [0, 1, 2].map((i) => Math.max(...rows.filter((r) => r[2]).map((r) => r[i]!.length)));
  for (const [label, value, target, ok] of rows) {
    console.log(target ? `  ${label.padEnd(width[0]!)}  ${value.padEnd(width[1]!)}  target ${target.padEnd(width[2]!)}  ${ok}`
      : `  ${label.padEnd(width[0]!)}  ${value}`);
  }
}
