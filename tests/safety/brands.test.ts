// Class brands: a method runs only on (and only takes) objects whose C++ object is of its class,
// whatever their prototype says; anything else is a TypeError naming the method. (Math values live
// in JS, with no C++ object: these are about native wrappers.)
import { describe, expect, it } from 'vitest';
import Ogre from 'ogre-napi';

describe('class brands', () => {
  it('refuses a receiver of another class, as SWIG-Python does', () => {
    const config = new Ogre.ConfigFile();
    expect(() => Ogre.Image.prototype.getWidth.call(config)).toThrow(TypeError);
    expect(() => Ogre.Image.prototype.getWidth.call(config)).toThrow(/Image\.getWidth: 'this' must be an Image, got a ConfigFile/);
    expect(() => Ogre.UTFString.prototype.size.call(new Ogre.Image())).toThrow(/UTFString\.size: 'this' must be an? UTFString, got an Image/);
    expect(() => Ogre.Image.prototype.getWidth.call({})).toThrow(TypeError);
    expect(() => Ogre.Image.prototype.getWidth.call(undefined)).toThrow(TypeError);
  });

  it('goes by the C++ object, not the prototype (Reflect.construct with another class)', () => {
    const forged = Reflect.construct(Ogre.ConfigFile, [], Ogre.Image) as unknown as Ogre.Image;
    expect(forged).toBeInstanceOf(Ogre.Image);
    expect(() => forged.getWidth()).toThrow(/'this' must be an Image, got a ConfigFile/);
    // As an argument it is refused too, naming the parameter.
    const str = Reflect.construct(Ogre.ConfigFile, [], Ogre.UTFString) as unknown as Ogre.UTFString;
    expect(str).toBeInstanceOf(Ogre.UTFString);
    expect(() => new Ogre.UTFString('abc').append(str)).toThrow(/UTFString\.append: parameter 'str' must be an? UTFString, got a ConfigFile/);
  });

  it('accepts subclasses', () => {
    class Mine extends Ogre.Image {}
    const m = new Mine();
    expect(m.getWidth()).toBe(0);
    expect(Ogre.Image.prototype.getWidth.call(m)).toBe(0);
    expect(new Ogre.UTFString('abc').append(new Ogre.UTFString('d')).size()).toBe(4);
  });
});

describe('dispose()', () => {
  it('deletes a JS-owned object at once; using it afterwards is an Error naming dispose', () => {
    const img = new Ogre.Image();
    img.create(Ogre.PF_BYTE_RGB, 4, 4);
    img.dispose();
    expect(() => img.getWidth()).toThrow(/Image\.getWidth: this Image was destroyed by Image\.dispose\(\)/);
    expect(() => img.dispose()).not.toThrow();
    const config = new Ogre.ConfigFile();
    (config as unknown as Disposable)[Symbol.dispose]();
    expect(() => config.getSettings("")).toThrow(/destroyed/);
  });
});
