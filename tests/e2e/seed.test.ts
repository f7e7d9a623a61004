// End to end: the seed sample renders headless through the real engine, and the pixels it reads
// back are the ones OGRE's numpy tutorial shows (gray background, green gradient on the rectangle).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodePng, runSample } from '../helpers/samples.js';

const work = mkdtempSync(join(tmpdir(), 'ogre-napi-seed-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the seed sample (numpy tutorial port)', () => {
  const screenshot = join(work, 'screenshot.png');
  const run = runSample('numpy_sample.ts', screenshot);
  // OGRE's log shares stdout through C++'s own buffer, so the report may sit mid-line: match it.
  const report = JSON.parse(/\{"shape":\[[^\]]*\],"center":\[[^\]]*\],"corner":\[[^\]]*\]\}/.exec(run.stdout)![0]);
  const { width, height, rgb } = decodePng(readFileSync(screenshot));
  const at = (x: number, y: number) => [...rgb.subarray((y * width + x) * 3, (y * width + x) * 3 + 3)];
  const near = (got: number[], want: number[]) => got.every((v, i) => Math.abs(v - want[i]!) <= 2);

  it('renders a 640×480 frame and exits cleanly', () => {
    expect([width, height]).toEqual([640, 480]);
    expect(report.shape).toEqual([480, 640, 3]);
  });

  it('shows the gray background from [0.3, 0.3, 0.3]', () => {
    expect(near(at(2, 2), [76, 76, 76])).toBe(true);
    expect(near(at(width - 3, height - 3), [76, 76, 76])).toBe(true);
  });

  it('shows the gradient texture made in the typed array', () => {
    expect(near(at(width / 2, height / 2), [0, 128, 0])).toBe(true);
    const row = height / 2;
    const greens = [0.26, 0.4, 0.6, 0.74].map((f) => at(Math.round(width * f), row)[1]!);
    for (let i = 1; i < greens.length; i++) expect(greens[i]!).toBeGreaterThan(greens[i - 1]!);
    expect(at(Math.round(width * 0.26), row)[0]).toBeLessThanOrEqual(2);
  });
});
