/**
 * Shrinks a crashing fuzz batch to the calls it needs: delta debugging over FUZZ_SKIP, keeping a
 * subset of the calls before the crashing one whenever the same call (same text) still crashes.
 * A crash that does not replay alone comes from an earlier call that corrupted the state: what is
 * left names it.
 */
import { spawn } from 'node:child_process';

/** Runs the batch making only the calls in `keep` (and the last); resolves to { crashed, last } (the last call printed). */
function runKeeping({ child, mode, seed, batch, call, env, cwd }, keep) {
  const skip = [];
  for (let i = 0; i < call; i++) if (!keep.has(i)) skip.push(i);
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [child, mode, seed, batch, String(call + 1), String(call + 1)], {
      cwd, env: { ...env, FUZZ_SKIP: skip.join(',') }, stdio: ['ignore', 'pipe', 'ignore'],
    });
    let out = '';
    p.stdout.on('data', (chunk) => { out += chunk.toString('utf8'); });
    const timer = setTimeout(() => p.kill('SIGKILL'), 60_000);
    p.on('exit', (code, signal) => {
      clearTimeout(timer);
      const calls = out.split('\n').filter((l) => l.startsWith('CALL '));
      resolve({ crashed: signal !== null || code !== 0, last: calls.at(-1) ?? '', calls });
    });
  });
}

/**
 * The calls before `run.call` its crash needs, by delta debugging (each as its `CALL i text` line);
 * null when the batch does not crash there. `report` hears each reduction.
 */
export async function minimize(run, report = () => {}) {
  let kept = [...Array(run.call).keys()];
  const first = await runKeeping(run, new Set(kept));
  if (!first.crashed || !first.last.startsWith(`CALL ${run.call} `)) return null;
  // Skipped calls pool nothing, so later calls may change: the same call must still crash.
  const crashesWith = async (keep) => {
    const r = await runKeeping(run, keep);
    return r.crashed && r.last === first.last;
  };
  let parts = 2;
  while (kept.length > 0) {
    const size = Math.ceil(kept.length / parts);
    let reduced = false;
    for (let start = 0; start < kept.length; start += size) {
      const rest = [...kept.slice(0, start), ...kept.slice(start + size)];
      if (await crashesWith(new Set(rest))) {
        kept = rest;
        parts = Math.max(parts - 1, 2);
        reduced = true;
        report(kept.length);
        break;
      }
    }
    if (!reduced) {
      if (parts >= kept.length) break;
      parts = Math.min(kept.length, parts * 2);
    }
  }
  return kept.map((i) => first.calls[i]);
}

/** `FUZZ_SKIP` leaving out every call before `call` but `kept` (their `CALL i …` lines), as ranges. */
export function skipAllBut(kept, call) {
  const keep = new Set(kept.map((line) => Number(line.split(' ')[1])));
  const ranges = [];
  for (let i = 0; i < call; i++) {
    if (keep.has(i)) continue;
    const last = ranges.at(-1);
    if (last && last[1] === i - 1) last[1] = i;
    else ranges.push([i, i]);
  }
  return ranges.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(',');
}
