/**
 * Fuzzes the bindings: seeded random-argument calls over every class constructible without a Root
 * (mode `free`) and over engine objects under a live headless Root (mode `root`), in batches, each
 * batch in its own process, so a crash or a hang is counted and named with a one-line reproduction.
 *
 *   node scripts/fuzz.mjs [--calls 50000] [--seed 1] [--batch 500] [--modes free,root] [--json]
 *   node scripts/fuzz.mjs --replay root:1:3:417      (re-runs batch 3 of seed 1 up to call 417)
 *   --skip-known leaves out the known crashes not fixed yet (scripts/fuzz/known.mjs)
 *
 * Exits 1 when any call crashed the process, hung, or gave a wrong result (a type confusion that
 * returned, a thrown non-Error).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startXvfb } from './xvfb.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const child = join(here, 'fuzz', 'child.mjs');
const { values: opts } = parseArgs({
  options: {
    calls: { type: 'string', default: '50000' }, seed: { type: 'string', default: '1' }, batch: { type: 'string', default: '500' },
    modes: { type: 'string', default: 'free,root' }, json: { type: 'boolean', default: false }, replay: { type: 'string' },
    quiet: { type: 'boolean', default: false }, 'skip-known': { type: 'boolean', default: false },
  },
});
/** A batch silent this long is hung. */
const HANG_MS = 30_000;

/** Runs one batch; resolves to { stats, crash, hang, calls }. */
function runBatch(mode, seed, batch, count, env, cwd, stopAt) {
  return new Promise((resolveBatch) => {
    const args = [child, mode, String(seed), String(batch), String(count), ...(stopAt === undefined ? [] : [String(stopAt)])];
    const p = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    let last = null;
    let done = null;
    let hung = false;
    let stderr = '';
    let timer;
    const arm = () => { clearTimeout(timer); timer = setTimeout(() => { hung = true; p.kill('SIGKILL'); }, HANG_MS); };
    arm();
    p.stdout.on('data', (chunk) => {
      arm();
      tail += chunk.toString('utf8');
      const lines = tail.split('\n');
      tail = lines.pop();
      for (const line of lines) {
        const at = line.lastIndexOf('CALL ');
        const fin = line.indexOf('DONE ');
        if (fin >= 0) done = JSON.parse(line.slice(fin + 5));
        else if (at >= 0) {
          const m = /^CALL (\d+) (.*)$/.exec(line.slice(at));
          if (m) last = { index: Number(m[1]), text: m[2] };
        }
      }
    });
    p.stderr.on('data', (chunk) => { stderr = (stderr + chunk.toString('utf8')).slice(-2000); });
    p.on('exit', (code, signal) => {
      clearTimeout(timer);
      const where = last && { mode, seed, batch, call: last.index, text: last.text, repro: `node scripts/fuzz.mjs --replay ${mode}:${seed}:${batch}:${last.index}` };
      if (done && code === 0) resolveBatch({ stats: done, calls: done.calls });
      else if (hung) resolveBatch({ hang: where, calls: last ? last.index : 0 });
      else {
        // The error's own line (an uncaught exception prints its stack after it), else the last lines.
        const lines = stderr.trim().split('\n');
        const thrown = lines.find((l) => /^\w*(?:Error|Exception)\b|^Uncaught|FATAL|Assertion/.test(l.trim()));
        resolveBatch({ crash: { ...where, signal: signal ?? `exit ${code}`, stderr: thrown ?? lines.slice(-3).join(' | ') }, calls: last ? last.index + 1 : 0 });
      }
    });
  });
}

async function main() {
  const [display, xvfb] = process.env.DISPLAY || !opts.modes.includes('root') && !opts.replay?.startsWith('root') ? [process.env.DISPLAY, null] : await startXvfb();
  // Batches run two folders down in a fresh temporary one: relative paths the fuzzer passes ('../..')
  // stay inside it instead of naming the whole file system (listing that recursively takes minutes).
  const sandbox = mkdtempSync(join(tmpdir(), 'ogre-napi-fuzz-'));
  const cwd = join(sandbox, 'a', 'b');
  mkdirSync(cwd, { recursive: true });
  const env = { ...process.env, ...(display ? { DISPLAY: display } : {}), FUZZ_SKIP_KNOWN: opts['skip-known'] ? '1' : '0' };
  try {
    if (opts.replay) {
      const [mode, seed, batch, call] = opts.replay.split(':');
      const p = spawn(process.execPath, [child, mode, seed, batch, String(Number(call) + 1), String(Number(call) + 1)], { cwd, env, stdio: 'inherit' });
      await new Promise((r) => p.on('exit', (code, signal) => { console.log(`exit: ${signal ?? code}`); r(); }));
      return;
    }
    const total = Number(opts.calls);
    const size = Number(opts.batch);
    const modes = opts.modes.split(',');
    const summary = { seed: Number(opts.seed), skipKnown: opts['skip-known'], calls: 0, returned: 0, errors: {}, crashes: [], hangs: [], wrong: [], byMode: {} };
    for (const mode of modes) {
      const target = Math.ceil(total / modes.length);
      const m = (summary.byMode[mode] = { calls: 0, batches: 0, crashes: 0, hangs: 0, wrong: 0 });
      for (let batch = 0; m.calls < target; batch++) {
        const r = await runBatch(mode, Number(opts.seed), batch, Math.min(size, target - m.calls), env, cwd);
        m.calls += Math.max(r.calls, 1);
        m.batches++;
        if (r.stats) {
          summary.returned += r.stats.returned;
          for (const [k, n] of Object.entries(r.stats.errors)) summary.errors[k] = (summary.errors[k] ?? 0) + n;
          for (const w of r.stats.wrong) summary.wrong.push({ mode, batch, text: w });
          m.wrong += r.stats.wrong.length;
        }
        if (r.crash) { summary.crashes.push(r.crash); m.crashes++; }
        if (r.hang) { summary.hangs.push(r.hang); m.hangs++; }
        if (!opts.quiet && !opts.json) process.stderr.write(`\r${mode}: ${m.calls}/${target} calls, ${m.crashes} crashes, ${m.hangs} hangs, ${m.wrong} wrong`);
      }
      if (!opts.quiet && !opts.json) process.stderr.write('\n');
      summary.calls += m.calls;
    }
    if (opts.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
    else {
      console.log(`${summary.calls} calls (seed ${summary.seed}): ${summary.returned} returned, errors ${JSON.stringify(summary.errors)}`);
      console.log(`crashes ${summary.crashes.length}, hangs ${summary.hangs.length}, wrong results ${summary.wrong.length}`);
      for (const c of summary.crashes) console.log(`CRASH (${c.signal}) ${c.text}\n  ${c.repro}${c.stderr ? `\n  stderr: ${c.stderr.slice(-300)}` : ''}`);
      for (const h of summary.hangs) console.log(`HANG ${h?.text}\n  ${h?.repro}`);
      for (const w of summary.wrong) console.log(`WRONG ${w.text}`);
    }
    process.exitCode = summary.crashes.length + summary.hangs.length + summary.wrong.length ? 1 : 0;
  } finally {
    xvfb?.kill();
    rmSync(sandbox, { recursive: true, force: true });
  }
}

await main();
