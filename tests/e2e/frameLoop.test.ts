// End to end: samples/frame_loop.ts renders 30 frames headless through the async loop, with every
// kind of JS override called by the engine, and its screenshot shows the square where the JS
// FrameListener moved it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = mkdtempSync(join(tmpdir(), 'ogre-napi-frames-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The 8-bit RGB pixels of the PNG the sample writes (no filters, as our writer emits). */
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

describe('samples/frame_loop.ts', () => {
  const screenshot = join(work, 'frame_loop.png');
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'headless.mjs'), 'samples/frame_loop.ts'], {
    cwd: root, encoding: 'utf8', env: { ...process.env, SCREENSHOT: screenshot }, timeout: 300_000,
  });
  if (run.status !== 0) {
    throw new Error(`the sample exited with ${run.status ?? run.signal}:\n${run.stderr.slice(-3000)}\n${run.stdout.slice(-2000)}`);
  }
  // OGRE's log shares stdout through C++'s own buffer, so the report may sit mid-line: match it.
  const report = JSON.parse(/\{"rendered":[^\n]*?\]\}/.exec(run.stdout)![0]);

  it('renders 30 frames, ended by the JS FrameListener returning false', () => {
    expect(report.moverFrames).toBe(30);
    expect(report.rendered).toBe(30); // the 31st frame's listener said stop: renderOneFrame returned false
  });

  it('calls the ApplicationContext, InputListener and LogListener overrides', () => {
    expect(report.queued).toBe(30);
    expect(report.inputFrames).toBe(30); // forwarded by the C++ frameRenderingQueued through super
    expect(report.logLines).toBeGreaterThan(0);
    expect(report.logDone).toBe(true);
  });

  it('never runs JS on OGRE’s worker threads: their log lines skip the JS LogListener, with a warning', () => {
    expect(run.stderr).toContain('ogre-napi: LogListener.messageLogged was called from a thread other than the JS thread');
    expect(run.stderr.match(/LogListener\.messageLogged was called/g)).toHaveLength(1); // once per method
  });

  it('keeps Node’s event loop running between frames', () => {
    expect(report.ticks).toBeGreaterThan(0);
  });

  it('saves a screenshot with the square moved right by the listener', () => {
    const { width, height, rgb } = decodePng(readFileSync(screenshot));
    expect([width, height]).toEqual(report.size);
    const at = (x: number, y: number) => [...rgb.subarray((y * width + x) * 3, (y * width + x) * 3 + 3)];
    expect(report.movedX).toBeGreaterThan(width / 2 + 100); // the camera's projection, as the sample computed it
    expect(at(report.movedX, height >> 1)).toEqual([255, 0, 0]);
    expect(at(width >> 1, height >> 1)).toEqual([0, 0, 0]);
    expect(report.moved).toEqual([255, 0, 0]);
  });
});
