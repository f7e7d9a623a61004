// Class brands: a method runs only on (and only takes) objects whose C++ object is of its class,
// whatever their prototype says; anything else is a TypeError naming the method.
import { describe, expect, it } from 'vitest';
import Ogre from 'ogre-napi';

describe('class brands', () => {
  it('refuses a receiver of another class, as SWIG-Python does', () => {
    expect(() => Ogre.Vector3.prototype.length.call(new Ogre.Image())).toThrow(TypeError);
    expect(() => Ogre.Vector3.prototype.length.call(new Ogre.Image())).toThrow(/Vector3\.length: 'this' must be a Vector3, got an Image/);
    expect(() => Ogre.Image.prototype.getWidth.call(Ogre.Vector3.UNIT_X)).toThrow(/Image\.getWidth: 'this' must be an Image, got a Vector3/);
    expect(() => Ogre.Image.prototype.getWidth.call({})).toThrow(TypeError);
    expect(() => Ogre.Image.prototype.getWidth.call(undefined)).toThrow(TypeError);
  });

  it('goes by the C++ object, not the prototype (Reflect.construct with another class)', () => {
    const forged = Reflect.construct(Ogre.Vector3, [1, 2, 3], Ogre.Image) as Ogre.Image;
    expect(forged).toBeInstanceOf(Ogre.Image);
    expect(() => forged.getWidth()).toThrow(/'this' must be an Image, got a Vector3/);
    // As an argument it is refused too, naming the parameter.
    const img = Reflect.construct(Ogre.Image, [], Ogre.Vector3) as Ogre.Vector3;
    expect(() => new Ogre.Vector3(1, 2, 3).dotProduct(img)).toThrow(/Vector3\.dotProduct: parameter 'vec' must be a VectorBase3, got an Image/);
  });

  it('accepts subclasses, including through a secondary base (multiple inheritance)', () => {
    class Mine extends Ogre.Image {}
    const m = new Mine();
    expect(m.getWidth()).toBe(0);
    expect(Ogre.Image.prototype.getWidth.call(m)).toBe(0);
  });
});

describe('dispose()', () => {
  it('deletes a JS-owned object at once; using it afterwards is an Error naming dispose', () => {
    const img = new Ogre.Image();
    img.create(Ogre.PF_BYTE_RGB, 4, 4);
    img.dispose();
    expect(() => img.getWidth()).toThrow(/Image\.getWidth: this Image was destroyed by Image\.dispose\(\)/);
    expect(() => img.dispose()).not.toThrow();
    const v = new Ogre.Vector3(1, 2, 3);
    (v as unknown as Disposable)[Symbol.dispose]();
    expect(() => v.length()).toThrow(/destroyed/);
  });

  it('refuses to dispose objects the engine owns', () => {
    expect(() => Ogre.Vector3.UNIT_X.dispose()).toThrow(/belongs to the engine/);
  });
});
