// End to end: the seed sample renders headless through the real engine, and the pixels it reads
// back are the ones OGRE's numpy tutorial shows (gray background, green gradient on the rectangle).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = mkdtempSync(join(tmpdir(), 'ogre-napi-seed-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Decodes the 8-bit RGB PNG the sample writes (no filters, as our writer emits). */
function decodePng(png: Buffer): { width: number; height: number; rgb: Buffer } {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rgb = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) raw.copy(rgb, y * width * 3, y * (width * 3 + 1) + 1, (y + 1) * (width * 3 + 1));
  return { width, height, rgb };
}

describe('the seed sample (numpy tutorial port)', () => {
  const screenshot = join(work, 'screenshot.png');
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'headless.mjs'), 'samples/numpy_sample.ts'], {
    cwd: root, encoding: 'utf8', env: { ...process.env, SCREENSHOT: screenshot }, timeout: 300_000,
  });
  if (run.status !== 0) {
    throw new Error(`the sample exited with ${run.status ?? run.signal}:\n${run.stderr.slice(-3000)}\n${run.stdout.slice(-2000)}`);
  }
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
