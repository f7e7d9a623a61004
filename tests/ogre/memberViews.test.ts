// Getters read in place (node.getPosition(), getOrientation(), getScale(): no native call) give
// what the native getter gives while the engine changes the fields, return copies, and refuse
// destroyed and foreign objects as the native path does.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const child = join(here, 'children', 'memberViews.mjs');

interface Probe { value?: unknown; error?: string; message?: string }
interface Run { steps: number[][][]; copyIsolated: boolean; afterDestroy: Probe; confused: Probe; plain: Probe }
function run(nativeMath: boolean): Run {
  const env = { ...process.env, OGRE_NAPI_NATIVE_MATH: nativeMath ? '1' : '' };
  const r = spawnSync(process.execPath, [child], { env, cwd: join(here, '..', '..'), encoding: 'utf8', timeout: 60_000, maxBuffer: 64 << 20 });
  const line = /RESULT (\{.*\})/.exec(r.stdout)?.[1];
  if (r.status !== 0 || !line) throw new Error(`memberViews child exited with ${r.status}: ${r.stderr.slice(-2000)}`);
  return JSON.parse(line) as Run;
}

describe('getters read in place', () => {
  const inPlace = run(false);
  const native = run(true);

  it('read what the native getters read, step by step', () => {
    expect(inPlace.steps.length).toBe(201);
    expect(inPlace.steps).toEqual(native.steps);
    // The fields did change along the way (the comparison is not of constants).
    expect(new Set(inPlace.steps.map((s) => s[0]!.join())).size).toBeGreaterThan(40);
  });

  it('return copies', () => {
    expect(inPlace.copyIsolated).toBe(true);
  });

  it('refuse destroyed and foreign objects as the native calls do', () => {
    expect(inPlace.afterDestroy.error).toBe('Error');
    expect(inPlace.afterDestroy.message).toMatch(/destroyed/);
    expect(inPlace.afterDestroy).toEqual(native.afterDestroy);
    expect(inPlace.confused.error).toBe('TypeError');
    expect(inPlace.confused).toEqual(native.confused);
    expect(inPlace.plain.error).toBe('TypeError');
    expect(inPlace.plain).toEqual(native.plain);
  });
});
