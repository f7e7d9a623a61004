// A short fuzz run (the long one is `npm run fuzz`): seeded random-argument calls over the classes
// constructible without a Root and over engine objects under a live headless Root, each batch in
// a child process. Every call must end in a value or a JS Error: no crash, no hang, no wrong result.
// The members of scripts/fuzz/known.mjs (known crashes, not fixed yet) are left out here only.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

it('survives 2,400 random calls (seed 1) without a crash, a hang or a wrong result', () => {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'fuzz.mjs'), '--calls', '2400', '--batch', '600', '--seed', '1', '--skip-known', '--json'], {
    cwd: root, encoding: 'utf8', timeout: 170_000,
  });
  const summary = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
  const problems = [...summary.crashes.map((c: { signal: string; text: string; repro: string }) => `CRASH ${c.signal}: ${c.text} (${c.repro})`),
    ...summary.hangs.map((h: { text: string; repro: string }) => `HANG ${h.text} (${h.repro})`),
    ...summary.wrong.map((w: { text: string }) => `WRONG ${w.text}`)];
  expect(problems).toEqual([]);
  expect(summary.calls).toBeGreaterThanOrEqual(2000);
  // Most calls reach the engine (not all refused as wrong types).
  expect(summary.returned).toBeGreaterThan(summary.calls / 4);
}, 180_000);
