// Value classes (Vector3, Quaternion, Matrix4 …) hold their fields in JS: C++ semantics for fields,
// write-back of mutating calls, frozen engine constants, copies out of engine state, operators.
import { describe, expect, it } from 'vitest';
import Ogre from 'ogre-napi';

const close = (a: Iterable<number>, b: number[]) => [...a].forEach((x, i) => expect(x).toBeCloseTo(b[i]!, 5));

describe('fields with C++ semantics', () => {
  it('rounds float fields as C++ stores them and refuses non-numbers', () => {
    const v = new Ogre.Vector3(0.1, 0.2, 0.3);
    expect(v.x).toBe(Math.fround(0.1));
    v.y = 0.7;
    expect(v.y).toBe(Math.fround(0.7));
    expect(() => { (v as unknown as { x: unknown }).x = '1'; }).toThrow(TypeError);
    const c = new Ogre.ColourValue(1, 0.5, 0.25);
    c.a = 1 / 3;
    expect(c.a).toBe(Math.fround(1 / 3));
  });

  it('range-checks integer fields', () => {
    const box = new Ogre.Box(0, 0, 4, 4);
    box.right = 8;
    expect(box.getWidth()).toBe(8);
    expect(() => { box.left = -1; }).toThrow(RangeError);
    expect(() => { box.left = 1.5; }).toThrow(TypeError);
    const r = new Ogre.Rect(0, 0, 10, 20);
    expect(r.height()).toBe(20);
    expect(() => { r.top = 2 ** 60; }).toThrow(RangeError);
  });

  it('holds nested values live, as C++ members', () => {
    const plane = new Ogre.Plane([0, 1, 0], 5);
    plane.normal.y = 2;
    expect(plane.normal.y).toBe(2);
    plane.normal = new Ogre.Vector3(1, 0, 0);
    expect([...plane.normal]).toEqual([1, 0, 0]);
    plane.normal = [0, 0, 1];
    expect(plane.getDistance([0, 0, 3])).toBe(-2); // Plane(n, c) stores d = -c
  });
});

describe('calls that change their object', () => {
  it('writes the fields back after a non-const method', () => {
    const v = new Ogre.Vector3(3, 0, 4);
    expect(v.normalise()).toBe(5);
    close(v, [0.6, 0, 0.8]);
    const floor = new Ogre.Vector3(1, 5, 1);
    floor.makeFloor([2, 2, 0]);
    expect([...floor]).toEqual([1, 2, 0]);
  });

  it('writes back non-const reference arguments', () => {
    const q = new Ogre.Quaternion(new Ogre.Radian(Math.PI / 2), Ogre.Vector3.UNIT_Y);
    const angle = new Ogre.Radian();
    const axis = new Ogre.Vector3(0, 0, 0);
    q.ToAngleAxis(angle, axis);
    expect(angle.valueRadians()).toBeCloseTo(Math.PI / 2, 5);
    close(axis, [0, 1, 0]);
    const q2 = new Ogre.Quaternion();
    q2.FromAngleAxis(new Ogre.Radian(Math.PI), [1, 0, 0]);
    close(q2, [0, 1, 0, 0]);
  });

  it('leaves const calls and arguments unchanged', () => {
    const a = new Ogre.Vector3(1, 2, 3);
    const b = new Ogre.Vector3(4, 5, 6);
    const c = a.add(b);
    expect([...a, ...b, ...c]).toEqual([1, 2, 3, 4, 5, 6, 5, 7, 9]);
    expect(c).not.toBe(a);
  });
});

describe('engine constants', () => {
  it('are frozen: writes and mutating calls throw, and the engine’s statics stay intact', () => {
    const zero = Ogre.Vector3.ZERO;
    expect(Ogre.Vector3.ZERO).toBe(zero);
    expect(Object.isFrozen(zero)).toBe(true);
    expect(() => { zero.x = 42; }).toThrow(TypeError);
    expect(() => zero.normalise()).toThrow(TypeError);
    expect(() => new Ogre.Quaternion().ToAngleAxis(new Ogre.Radian(), Ogre.Vector3.UNIT_X)).toThrow(TypeError);
    expect(() => { (Ogre.Vector3 as unknown as { ZERO: unknown }).ZERO = null; }).toThrow(TypeError);
    expect([...Ogre.Vector3.ZERO]).toEqual([0, 0, 0]);
    expect(Ogre.Vector3.ZERO.isZeroLength()).toBe(true);
    expect(Ogre.ColourValue.White.r).toBe(1);
    expect(() => { Ogre.ColourValue.White.r = 0; }).toThrow(TypeError);
    expect(Ogre.Matrix4.IDENTITY.get(3, 3)).toBe(1);
    expect(() => Ogre.Matrix4.IDENTITY.makeTrans(1, 2, 3)).toThrow(TypeError);
    expect(Ogre.Matrix4.IDENTITY.determinant()).toBe(1);
    // A copy is writable.
    const copy = new Ogre.Vector3(Ogre.Vector3.UNIT_X);
    expect(Object.isFrozen(copy)).toBe(false);
    copy.x = 2;
    expect(copy.x).toBe(2);
  });

  it('copies results out of engine state: writing a copy never reaches the engine', () => {
    const box = new Ogre.AxisAlignedBox([0, 0, 0], [1, 2, 3]);
    const max = box.getMaximum();
    expect([...max]).toEqual([1, 2, 3]);
    if (!Object.isFrozen(max)) max.x = 100; // a const reference: a free copy
    expect([...box.getMaximum()]).toEqual([1, 2, 3]);
  });
});

describe('operators and JS conventions', () => {
  it('multiplies matrices, vectors, quaternions and scalars in every C++ form', () => {
    const t = new Ogre.Matrix4();
    t.makeTrans(1, 2, 3);
    close(t.mul(new Ogre.Vector3(1, 1, 1)), [2, 3, 4]);
    close(t.mul([1, 1, 1]), [2, 3, 4]);
    close(t.mul(new Ogre.Vector4(1, 1, 1, 1)), [2, 3, 4, 1]);
    const tt = t.mul(t);
    expect(tt).toBeInstanceOf(Ogre.Matrix4);
    close(tt.getTrans(), [2, 4, 6]);
    expect(t.mul(2).get(0, 3)).toBe(2);
    const r = new Ogre.Matrix3();
    r.FromAngleAxis(Ogre.Vector3.UNIT_Z, new Ogre.Radian(Math.PI / 2));
    close(r.mul([1, 0, 0]), [0, 1, 0]);
    const q = new Ogre.Quaternion(new Ogre.Radian(Math.PI / 2), [0, 0, 1]);
    close(q.mul(Ogre.Vector3.UNIT_X), [0, 1, 0]);
    close(q.mul(q).mul([1, 0, 0]), [-1, 0, 0]);
    const a = new Ogre.Affine3(new Ogre.Vector3(1, 2, 3), Ogre.Quaternion.IDENTITY);
    close(a.mul([0, 0, 0]), [1, 2, 3]);
    close(a.mul(a).getTrans(), [2, 4, 6]);
    expect(new Ogre.Radian(1).add(new Ogre.Radian(2)).valueRadians()).toBe(3);
  });

  it('iterates over components, gives numbers to JSON and keeps toString', () => {
    const v = new Ogre.Vector3(1, 2, 3);
    expect([...v]).toEqual([1, 2, 3]);
    expect(JSON.parse(JSON.stringify(v))).toEqual({ x: 1, y: 2, z: 3 });
    expect(JSON.parse(JSON.stringify(new Ogre.ColourValue(1, 0, 0)))).toEqual({ r: 1, g: 0, b: 0, a: 1 });
    expect(JSON.parse(JSON.stringify(Ogre.Matrix4.IDENTITY))).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]);
    expect(String(v)).toBe('Vector3(1, 2, 3)');
    expect(String(Ogre.Quaternion.IDENTITY)).toBe('Quaternion(1, 0, 0, 0)');
  });

  it('refuses wrong arguments with TypeErrors naming the method', () => {
    expect(() => new Ogre.Vector3(1, 2, 3).add('x' as never)).toThrow(/Vector3\.add/);
    expect(() => new Ogre.Vector3(1, 2, 3).dotProduct([1, 2] as never)).toThrow(TypeError);
  });
});

describe('value classes in engine calls', () => {
  it('passes values and arrays to engine objects and copies them out', () => {
    const img = new Ogre.Image();
    img.loadDynamicImage(new Uint8Array(2 * 2 * 3), 2, 2, Ogre.PF_BYTE_RGB);
    img.setColourAt([1, 0, 0], 0, 0, 0);
    const c = img.getColourAt(0, 0, 0);
    expect(c).toBeInstanceOf(Ogre.ColourValue);
    expect([...c]).toEqual([1, 0, 0, 1]);
    expect(Ogre.Math.Sqrt(16)).toBe(4);
    expect(Ogre.Math.intersects(new Ogre.Ray([0, 0, -5], [0, 0, 1]), new Ogre.Sphere([0, 0, 0], 1))[0]).toBe(true);
  });
});
