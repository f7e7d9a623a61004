// End to end: samples/frame_loop.ts renders 30 frames headless through the async loop, with every
// kind of JS override called by the engine, and its screenshot shows the square where the JS
// FrameListener moved it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodePng, runSample } from '../helpers/samples.js';

const work = mkdtempSync(join(tmpdir(), 'ogre-napi-frames-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('samples/frame_loop.ts', () => {
  const screenshot = join(work, 'frame_loop.png');
  const run = runSample('frame_loop.ts', screenshot);
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
