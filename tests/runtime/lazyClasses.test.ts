// Classes whose members are made on first use (lib/runtime.js: deferred, lazy): from outside they
// must look like ordinary classes whichever is touched first. Its own file, so no other test has
// made the fixture's classes' members before.
import { describe, expect, it } from 'vitest';
// @ts-expect-error generated into build/ by the global setup; typed loosely here
import * as fx from '../../build/fixture/lib/fixture.js';

describe('members made on first use', () => {
  it('answers reflection on an untouched prototype', () => {
    expect('area' in fx.Square.prototype).toBe(true);
    expect(typeof fx.Shape.prototype.getName).toBe('function');
  });

  it('gives an untouched class’s statics, and its static getters', () => {
    expect(fx.Containers.split('a,b')).toEqual(['a', 'b']);
    expect(fx.Vec3.UNIT_X.x).toBe(1);
  });

  it('lets JS classes extend an untouched class, with super calls', () => {
    class Twice extends fx.Square {
      constructor(side: number) { super(side); }
      area(): number { return 2 * (super.area() as number); }
    }
    const t = new Twice(3);
    expect(t.area()).toBe(18);
    expect(t).toBeInstanceOf(fx.Square);
    expect(t).toBeInstanceOf(fx.Shape);
  });

  it('keeps instanceof working through untouched classes', () => {
    expect(new fx.Vec3(1, 2, 3) instanceof fx.Angle).toBe(false);
    expect(Object.getPrototypeOf(fx.Square)).toBe(fx.Shape);
    expect(Object.getPrototypeOf(fx.Square.prototype)).toBe(fx.Shape.prototype);
  });
});
