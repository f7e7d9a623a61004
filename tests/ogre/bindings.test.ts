// Runs the generated OGRE bindings against the real engine: math values, sequences, buffers, errors.
import { describe, expect, it } from 'vitest';
import Ogre from 'ogre-napi';

describe('math values', () => {
  it('computes with Vector3 and accepts plain arrays for Vector3 parameters (copied)', () => {
    const v = new Ogre.Vector3(1, 2, 3);
    expect(v.dotProduct([4, 5, 6])).toBe(32);
    expect(v.dotProduct(new Ogre.Vector3(4, 5, 6))).toBe(32);
    const arr: [number, number, number] = [4, 5, 6];
    v.dotProduct(arr);
    arr[0] = 100;
    expect(v.dotProduct([4, 5, 6])).toBe(32);
  });

  it('has fields, static members, operators and toString', () => {
    const v = new Ogre.Vector3(1, 2, 3);
    expect([v.x, v.y, v.z]).toEqual([1, 2, 3]);
    v.x = 10;
    expect(v.x).toBe(10);
    const w = v.add(new Ogre.Vector3(1, 1, 1));
    expect([w.x, w.y, w.z]).toEqual([11, 3, 4]);
    expect(w).toBeInstanceOf(Ogre.Vector3);
    expect(Ogre.Vector3.ZERO.length()).toBe(0);
    expect(Ogre.Vector3.UNIT_Y.y).toBe(1);
    expect(Ogre.AxisAlignedBox.BOX_INFINITE.isInfinite()).toBe(true);
    expect(String(new Ogre.Vector3(1, 2, 3))).toBe('Vector3(1, 2, 3)');
  });

  it('takes a ColourValue parameter as [r, g, b] or [r, g, b, a]', () => {
    const img = new Ogre.Image();
    img.loadDynamicImage(new Uint8Array(2 * 2 * 3), 2, 2, Ogre.PF_BYTE_RGB);
    img.setColourAt([0.3, 0.3, 0.3], 1, 1, 0);
    const c = img.getColourAt(1, 1, 0);
    expect(c.r).toBeCloseTo(76 / 255, 5);
    expect(() => img.setColourAt([0.3, 0.3] as unknown as [number, number, number], 0, 0, 0)).toThrow(TypeError);
  });

  it('exposes enums as objects and as flat constants', () => {
    expect(Ogre.PixelFormat.PF_BYTE_RGB).toBe(Ogre.PF_BYTE_RGB);
    expect(Ogre.PixelUtil.getNumElemBytes(Ogre.PF_BYTE_RGB)).toBe(3);
    expect(Ogre.Math.AU_DEGREE).toBe(Ogre.Math.AngleUnit.AU_DEGREE);
  });
});

describe('buffers', () => {
  it('loadDynamicImage views the Uint8Array without copying', () => {
    const data = new Uint8Array(4 * 4 * 3);
    const img = new Ogre.Image();
    img.loadDynamicImage(data, 4, 4, Ogre.PF_BYTE_RGB);
    expect(img.getColourAt(0, 0, 0).r).toBe(0);
    data[0] = 255; // PF_BYTE_RGB stores red first
    expect(img.getColourAt(0, 0, 0).r).toBe(1);
    const view = img.getData();
    expect(view).toBeInstanceOf(Uint8Array);
    expect(view!.length).toBe(48);
    view![1] = 255;
    expect(data[1]).toBe(255);
  });

  it('honours byteOffset of a view and accepts other typed arrays and ArrayBuffers', () => {
    const backing = new Uint8Array(100);
    const img = new Ogre.Image();
    img.loadDynamicImage(backing.subarray(52), 4, 4, Ogre.PF_BYTE_RGB);
    backing[52] = 255;
    expect(img.getColourAt(0, 0, 0).r).toBe(1);
    img.loadDynamicImage(new Float32Array(12).buffer, 4, 4, Ogre.PF_BYTE_RGB);
    img.loadDynamicImage(new DataView(new ArrayBuffer(48)), 4, 4, Ogre.PF_BYTE_RGB);
  });

  it('rejects short, detached and missing buffers before OGRE sees them', () => {
    const img = new Ogre.Image();
    expect(() => img.loadDynamicImage(new Uint8Array(47), 4, 4, Ogre.PF_BYTE_RGB)).toThrow(RangeError);
    const ab = new ArrayBuffer(48);
    structuredClone(ab, { transfer: [ab] });
    expect(() => img.loadDynamicImage(ab, 4, 4, Ogre.PF_BYTE_RGB)).toThrow(/detached/);
    // @ts-expect-error null is not a buffer
    expect(() => img.loadDynamicImage(null, 4, 4, Ogre.PF_BYTE_RGB)).toThrow(TypeError);
  });

  it('builds a PixelBox over a Uint8Array', () => {
    const mem = new Uint8Array(8 * 2 * 3);
    const pb = new Ogre.PixelBox(8, 2, 1, Ogre.PF_BYTE_RGB, mem);
    expect(pb.getWidth()).toBe(8);
    expect(pb.data!.length).toBe(48);
    pb.data![5] = 7;
    expect(mem[5]).toBe(7);
    expect(() => new Ogre.PixelBox(8, 2, 1, Ogre.PF_BYTE_RGB, new Uint8Array(10))).toThrow(RangeError);
  });
});

describe('argument checks', () => {
  const img = new Ogre.Image();
  it('throws TypeErrors that name the method and list the candidates', () => {
    // @ts-expect-error wrong type
    expect(() => new Ogre.Vector3(1, 2, 3).dotProduct('x')).toThrow(/Vector3\.dotProduct: no overload accepts \(string\); candidates:\n {2}dotProduct\(vec: /);
    // @ts-expect-error wrong arity
    expect(() => new Ogre.Vector3(1, 2)).toThrow(/new Vector3\(/);
  });

  it('checks integer ranges: RangeError out of range, TypeError for non-integers', () => {
    const data = new Uint8Array(48);
    expect(() => img.loadDynamicImage(data, -1, 4, Ogre.PF_BYTE_RGB)).toThrow(RangeError);
    expect(() => img.loadDynamicImage(data, 1.5, 4, Ogre.PF_BYTE_RGB)).toThrow(TypeError);
    expect(() => img.loadDynamicImage(data, NaN, 4, Ogre.PF_BYTE_RGB)).toThrow(TypeError);
    expect(() => img.loadDynamicImage(data, 2 ** 40, 4, Ogre.PF_BYTE_RGB)).toThrow(/width.*out of range/);
    expect(() => Ogre.PixelUtil.getNumElemBytes(9999 as Ogre.PixelFormat)).toThrow(RangeError);
  });

  it('turns Ogre::Exception into OgreException and engine assertions into Errors', () => {
    const empty = new Ogre.Image();
    let caught: unknown;
    try { empty.flipAroundY(); } catch (e) { caught = e; }
    expect(caught).toBeInstanceOf(Ogre.OgreException);
    expect(caught).toBeInstanceOf(Error);
    const e = caught as InstanceType<typeof Ogre.OgreException>;
    expect(e.description).toMatch(/uninitialised/);
    expect(e.source).toMatch(/flipAroundY/);
    expect(e.line).toBeGreaterThan(0);
    expect(e.file).toMatch(/OgreImage\.cpp/);
    expect(() => empty.getColourAt(0, 0, 0)).toThrow(/holds no pixels/);
  });
});
