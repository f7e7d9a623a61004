// The value-class arithmetic the runtime does in JS (lib/valueMath.js) gives the engine's results bit
// for bit: the same seeded operations run once in JS and once through OGRE's own code
// (OGRE_NAPI_NATIVE_MATH=1), and every result — zeros' signs, infinities and NaNs included — agrees.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ogre from 'ogre-napi';

const child = join(dirname(fileURLToPath(import.meta.url)), 'children', 'valueMath.mjs');

interface Run { js: boolean; count: number; results: string[] }
function run(nativeMath: boolean): Run {
  const env = { ...process.env, OGRE_NAPI_NATIVE_MATH: nativeMath ? '1' : '' };
  const r = spawnSync(process.execPath, [child], { env, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 << 20 });
  const line = /RESULT (\{.*\})/.exec(r.stdout)?.[1];
  if (r.status !== 0 || !line) throw new Error(`valueMath child exited with ${r.status}: ${r.stderr.slice(-2000)}`);
  return JSON.parse(line) as Run;
}

describe('value arithmetic in JS', () => {
  it('agrees with the engine bit for bit over 300,000 results', () => {
    const inJs = run(false);
    const native = run(true);
    expect(inJs.js).toBe(true);
    expect(native.js).toBe(false);
    expect(inJs.count).toBe(300_000);
    const differing = inJs.results.flatMap((x, i) => (x === native.results[i] ? [] : [`#${i}: ${x} vs ${native.results[i]}`]));
    expect(differing.slice(0, 10)).toEqual([]);
  });

  it('keeps the methods\' argument forms and errors', () => {
    const v = new Ogre.Vector3(1, 2, 3);
    expect([...v.add([1, 1, 1])]).toEqual([2, 3, 4]);
    expect([...v.mul(0.1)]).toEqual([Math.fround(0.1), Math.fround(Math.fround(0.1) * 2), Math.fround(Math.fround(0.1) * 3)]);
    expect(() => v.add('x' as never)).toThrow(TypeError);
    expect(() => v.mul(NaN)).toThrow(/Vector3\.mul.*'s'/);
    const q = new Ogre.Quaternion(new Ogre.Radian(Math.PI / 2), Ogre.Vector3.UNIT_Y);
    const turned = q.mul([1, 0, 0]);
    expect(turned).toBeInstanceOf(Ogre.Vector3);
    expect(turned.z).toBeCloseTo(-1, 6);
    expect(Ogre.Matrix4.IDENTITY.mul(Ogre.Matrix4.IDENTITY).equals(Ogre.Matrix4.IDENTITY)).toBe(true);
    // Results are new, writable values, even from a frozen constant.
    const moved = Ogre.Vector3.ZERO.add(v);
    moved.x = 5;
    expect(moved.x).toBe(5);
    expect(Object.isFrozen(Ogre.Vector3.ZERO.neg())).toBe(false);
  });

  it('checks `this` as wrappers do: another class\'s object is a TypeError, never numbers read by layout', () => {
    const call = (f: () => unknown) => { try { return f(); } catch (e) { return `${(e as Error).constructor.name}: ${(e as Error).message}`; } };
    expect(call(() => Ogre.Vector3.prototype.length.call(new Ogre.Image()))).toBe("TypeError: Vector3.length: 'this' must be a Vector3, got an Image");
    expect(call(() => Ogre.Vector3.prototype.add.call({ x: 1, y: 2, z: 3 } as never, Ogre.Vector3.UNIT_X))).toMatch(/^TypeError: Vector3\.add: 'this' must be a Vector3/);
    expect(call(() => Ogre.Vector3.prototype.dotProduct.call(new Ogre.Vector2(1, 2) as never, [1, 2, 3]))).toMatch(/^TypeError: Vector3\.dotProduct: .*Vector2/);
    expect(call(() => Ogre.Quaternion.prototype.mul.call(new Ogre.Vector3(1, 2, 3) as never, Ogre.Vector3.UNIT_X))).toMatch(/^TypeError: Quaternion\.mul/);
    expect(call(() => Ogre.Matrix4.prototype.transpose.call(new Ogre.Matrix3() as never))).toMatch(/^TypeError: .*transpose: 'this' must be/);
    expect(call(() => Reflect.construct(Ogre.Vector3, [1, 2, 3], Ogre.Image).length())).toMatch(/^TypeError/);
  });
});
