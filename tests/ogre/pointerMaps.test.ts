// The type maps that took OGRE's remaining pointer APIs: pointer out- and in-out parameters,
// pointers to containers, typed memory views, handles, aliases and spec constants — on the real engine.
import { describe, expect, it } from 'vitest';
import Ogre from 'ogre-napi';
import * as Bites from 'ogre-napi/Bites';
import * as Overlay from 'ogre-napi/Overlay';

describe('names kept from SWIG-Python', () => {
  it('has the shared-pointer class names as aliases of the classes', () => {
    expect(Ogre.HardwareCounterBufferPtr).toBe(Ogre.HardwareUniformBuffer);
    expect(Ogre.ControllerValueRealPtr).toBe(Ogre.ControllerValueReal);
    expect(Ogre.ControllerFunctionPtr).toBe(Ogre.ControllerFunctionReal);
  });

  it('has the spec’s constants, and another module’s macro where its headers use it', () => {
    expect(Ogre.SHARED_PTR_DISOWN).toBe(0);
    expect(Bites.OGRE_BITES_HAVE_SDL).toBe(Ogre.OGRE_BITES_HAVE_SDL);
  });

  it('has the downcast helpers, null when the object is not of that class', () => {
    expect(typeof Ogre.MovableObject.prototype.castEntity).toBe('function');
    expect(typeof Overlay.OverlayElement.prototype.castTextAreaOverlayElement).toBe('function');
    expect(typeof Bites.ApplicationContextBase.prototype._destroyWindow).toBe('function');
  });
});

describe('specialisations that name themselves with typedefs', () => {
  it('binds VectorBase methods taking VectorBase<2, Real>', () => {
    expect(new Ogre.Vector2(1, 0).crossProduct(new Ogre.Vector2(0, 1))).toBe(1);
    expect(new Ogre.Vector3(1, -2, 3).absDotProduct(new Ogre.Vector3(-1, 1, 1))).toBe(6);
  });

  it('returns Vector2i from Vector3i.xy()', () => {
    const v = new Ogre.Vector3i(4, 5, 6).xy();
    expect(v).toBeInstanceOf(Ogre.Vector2i);
    expect(v.data).toEqual([4, 5]); // integer vectors keep their components in an array
    expect(v.at(1)).toBe(5);
  });
});

describe('pointer parameters', () => {
  it('fills fixed arrays: float[3] as a Float32Array, Vector3[3] as an out-parameter', () => {
    const m = new Ogre.Matrix3(2, 0, 0, 0, 3, 0, 0, 0, 5);
    const values = new Float32Array(3);
    const { akEigenvector } = m.EigenSolveSymmetric(values);
    expect([...values].sort()).toEqual([2, 3, 5]);
    expect(akEigenvector).toHaveLength(3);
    for (const v of akEigenvector) expect(v.length()).toBeCloseTo(1, 5);
  });

  it('fills uchar[4] through a Uint8Array', () => {
    const shifts = new Uint8Array(4);
    Ogre.PixelUtil.getBitShifts(Ogre.PF_A8R8G8B8, shifts);
    expect([...shifts]).toEqual([16, 8, 0, 24]);
  });

  it('rejects a typed array shorter than the C++ array', () => {
    expect(() => Ogre.PixelUtil.getBitShifts(Ogre.PF_A8R8G8B8, new Uint8Array(2))).toThrow(RangeError);
  });
});

describe('pointer results', () => {
  it('copies a pointed-to container, null for nullptr', () => {
    const state = new Ogre.AnimationStateSet().createAnimationState('a', 0, 1)!;
    expect(state.getBlendMask()).toBeNull();
    state.createBlendMask(3, 0.5);
    expect(state.getBlendMask()).toEqual([0.5, 0.5, 0.5]);
  });

  it('refuses an AnimationState without its set (its constructor would dereference it)', () => {
    // A non-null pointer parameter: null does not match the constructor (a TypeError listing it).
    expect(() => new Ogre.AnimationState('a', null as unknown as Ogre.AnimationStateSet, 0, 1)).toThrow(TypeError);
  });

  it('names a C++ type from its type_info', () => {
    expect(new Ogre.Any().type()).toBe('void');
  });

  it('views stream memory as a Uint8Array: the whole stream and what is left to read', () => {
    const stream = new Ogre.MemoryDataStream(16);
    const all = stream.getPtr()!;
    expect(all).toBeInstanceOf(Uint8Array);
    expect(all.length).toBe(16);
    all.set([1, 2, 3, 4], 0);
    stream.skip(2);
    const rest = stream.getCurrentPtr()!;
    expect(rest.length).toBe(14);
    expect([rest[0], rest[1]]).toEqual([3, 4]);
  });

  it('views the first pixel of a box onward, as long as the box', () => {
    const data = new Uint8Array(4 * 4 * 4);
    const box = new Ogre.PixelBox(new Ogre.Box(1, 1, 3, 3), Ogre.PF_A8R8G8B8, data);
    box.rowPitch = 4;
    box.slicePitch = 16;
    const first = box.getTopLeftFrontPixelPtr()!;
    // rows 1..2, columns 1..2 of a 4-pixel pitch: from pixel (1, 1) to pixel (2, 2)
    expect(first.length).toBe((1 * 4 + 2) * 4);
    first[0] = 7;
    expect(data[(1 * 4 + 1) * 4]).toBe(7);
  });

  it('reads a static char array as a string', () => {
    expect(Overlay.ImGuiTextBuffer.EmptyString).toBe('');
  });
});
