// Controllers with JS parts: a ControllerValueReal and a ControllerFunctionReal subclassed in JS,
// handed to ControllerManager (which takes shared pointers), driven by rendered frames, kept alive
// by the controller through GC and released by destroyController (a headless child with --expose-gc).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

describe('JS controller values and functions in ControllerManager', () => {
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'headless.mjs'), 'tests/ogre/children/controllers.mjs'], {
    cwd: root, encoding: 'utf8', timeout: 300_000, env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --expose-gc` },
  });
  if (run.status !== 0) throw new Error(`the child exited with ${run.status ?? run.signal}:\n${run.stderr.slice(-3000)}\n${run.stdout.slice(-2000)}`);
  const report = JSON.parse(/\{"controllers":[^\n]*\}\}/.exec(run.stdout)![0]).controllers;

  it('calls calculate with each frame time and setValue with its result, over rendered frames', () => {
    expect(report.calls).toEqual({ calculate: 9, setValue: 9 }); // 10 frames; OGRE skips controllers in frame 0
    expect(report.inputsAreFrameTimes).toBe(true);
    expect(report.setsTwice).toBe(true);
    expect([report.sameDestination, report.sameFunction]).toEqual([true, true]);
  });

  it('keeps the JS objects alive and working while the controller holds them', () => {
    expect(report.keptWhileControlled).toBe(true);
    expect(report.callsAfterGc).toEqual({ calculate: 14, setValue: 14 });
  });

  it('shares one object between controllers and releases it when the last one is destroyed', () => {
    expect(report.sharedFunction).toBe(true);
    expect(report.destroyReleasesValue).toBe(true);
    expect(report.secondKeepsFunction).toBe(true);
    expect(report.functionCallsAfterFirstDestroyed).toBe(17); // 14, 1 more, then 2 frames through the second controller
    expect(report.lastDestroyReleasesFunction).toBe(true);
  });

  it('refuses to dispose() an object C++ still shares, which keeps working', () => {
    expect(report.disposeWhileShared).toMatch(/^Error: .*C\+\+ still holds this object through a shared pointer/);
    expect(report.callsAfterRefusedDispose).toBe(15);
  });

  it('refuses a JS-made object no shared pointer holds with a TypeError naming the parameter', () => {
    expect(report.notShareable).toMatch(/^TypeError: ControllerManager\.createController: parameter 'func' takes shared ownership/);
  });
});
