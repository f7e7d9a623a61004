// Directors while the engine renders (headless, in a child): render target, render queue, scene
// manager and camera listeners called each frame, startRendering() ended by a JS listener returning
// false, and a JS exception out of renderOneFrame() leaving the engine able to render on.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('directors in a rendering engine', () => {
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'headless.mjs'), 'tests/e2e/children/renderLoop.ts'], {
    cwd: root, encoding: 'utf8', timeout: 300_000,
  });
  if (run.status !== 0) throw new Error(`the child exited with ${run.status ?? run.signal}:\n${run.stderr.slice(-3000)}\n${run.stdout.slice(-2000)}`);
  const report = JSON.parse(/\{"stopFrames":[^\n]*\}\}/.exec(run.stdout)![0]);

  it('ends startRendering() when a JS frame listener returns false', () => {
    expect(report.stopFrames).toBe(5);
  });

  it('rethrows a JS exception from renderOneFrame() and renders the next frame', () => {
    expect(report.rethrown).toBe(true);
    expect(report.after).toBe(true);
  });

  it('calls render target, render queue, scene manager and camera listeners every frame', () => {
    // 4 frames rendered by startRendering (the 5th stopped in frameStarted), 1 after the exception;
    // the one that threw stopped after the scene was drawn (frameRenderingQueued follows the update).
    for (const key of ['preRenderTargetUpdate', 'postRenderTargetUpdate', 'preFindVisibleObjects', 'cameraPreRenderScene']) {
      expect(report.counts[key], key).toBeGreaterThanOrEqual(5);
    }
    expect(report.counts.renderQueueStarted).toBeGreaterThan(0);
    expect(report.sameCamera).toBe(true);
  });
});
