// Every built-in type map at runtime, through the fixture addon (no engine needed).
import { describe, expect, it } from 'vitest';
// @ts-expect-error generated into build/ by the global setup; typed loosely here
import * as fx from '../../build/fixture/lib/fixture.js';

const { Containers, Factory, Registry, Resources, Resource, Texture, Numbers, Vec3, Shape, Square, Named, Labelled, Buffer, Colour, RED, GREEN, BLUE, Mode, FxError } = fx;

describe('numbers, bool, strings, enums', () => {
  it('converts and range-checks integers', () => {
    expect(Numbers.addInts(2, 3)).toBe(5);
    expect(Numbers.twice(2 ** 31)).toBe(0); // unsigned arithmetic wraps in C++
    expect(() => Numbers.twice(-1)).toThrow(RangeError);
    expect(() => Numbers.addInts(2 ** 40, 1)).toThrow(RangeError);
    expect(() => Numbers.addInts(1.5, 1)).toThrow(TypeError);
    expect(() => Numbers.addInts(NaN, 1)).toThrow(TypeError);
    expect(Numbers.lowByte(255)).toBe(255);
    expect(() => Numbers.lowByte(256)).toThrow(/out of range for unsigned char/);
  });

  it('uses default arguments and rejects wrong arity with the candidates', () => {
    expect(Numbers.scale(3)).toBe(6);
    expect(Numbers.scale(3, 3)).toBe(9);
    expect(() => Numbers.scale()).toThrow(/Numbers\.scale: no overload accepts \(\); candidates:\n {2}scale\(v: number, factor\?: number\)/);
  });

  it('passes bools, strings (UTF-8) and C strings', () => {
    expect(Numbers.negate(true)).toBe(false);
    expect(() => Numbers.negate(1)).toThrow(TypeError);
    expect(Numbers.greet('wörld ✓')).toBe('hello wörld ✓');
    const s = new Square(2);
    s.setName('sq');
    expect(s.getName()).toBe('sq');
    expect(s.cname()).toBe('sq');
  });

  it('maps enums to their classes, canonical members and flat constants', () => {
    // Names by value too, as a TypeScript enum has them (and its typings say).
    expect({ ...Colour }).toEqual({ RED, GREEN, BLUE, 0: 'RED', 5: 'GREEN', 6: 'BLUE' });
    expect(Colour[Colour.GREEN]).toBe('GREEN');
    expect([RED, GREEN, BLUE].map(Number)).toEqual([0, 5, 6]);
    expect(RED).toBeInstanceOf(Colour);
    expect(RED).toBe(Colour.RED);
    expect(Numbers.next(RED)).toBe(GREEN);
    expect(Numbers.next(0)).toBe(GREEN); // a plain number converts
    expect(() => Numbers.next(7)).toThrow(RangeError);
    expect(Numbers.flip(Mode.A)).toBe(Mode.B);
    expect(fx.A).toBeUndefined(); // scoped enums have no flat constants
  });

  it('dispatches an enum value to its own overload, a number to the integer one, another enum to its own', () => {
    expect(Numbers.kind(GREEN)).toBe(2);
    expect(Numbers.kind(Mode.B)).toBe(3);
    expect(Numbers.kind(5)).toBe(1);
    // An enum where only another enum or an integer is taken converts to the integer (C++ promotes it).
    expect(Numbers.addInts(GREEN, 1)).toBe(6);
    expect(() => Numbers.flip(GREEN)).toThrow(/Numbers\.flip: no overload accepts \(Colour\.GREEN\): parameter 'm' takes Mode, not Colour\.GREEN/);
  });

  it('maps enums in containers and fields, values that are no member included', () => {
    const cs = Numbers.colours();
    expect(cs.slice(0, 3)).toEqual([RED, GREEN, BLUE]);
    expect(cs[0]).toBe(RED);
    // 5 | 6: no member, one cached instance per value.
    expect(cs[3]).toBeInstanceOf(Colour);
    expect(Number(cs[3])).toBe(7);
    expect(cs[3]).toBe(Numbers.colours()[3]);
    expect(cs[3].name).toBeUndefined();
    expect(Numbers.sum([RED, GREEN, 6])).toBe(11);
    const p = new fx.Paint();
    expect(p.colour).toBe(GREEN);
    p.colour = BLUE;
    expect(p.colour).toBe(BLUE);
    expect(() => { p.colour = Mode.A; }).toThrow(TypeError);
  });

  it('maps the enum fields of value classes, which cross to C++ as numbers in the registers', () => {
    const w = new fx.Swatch();
    expect(w.colour).toBe(GREEN);
    w.colour = BLUE;
    expect(w.colour).toBe(BLUE);
    expect(Numbers.colourOf(w)).toBe(BLUE);
    w.colour = 0; // a plain number in range
    expect(w.colour).toBe(RED);
    expect(() => { w.colour = Mode.A; }).toThrow(/Swatch\.colour: must be Colour, got Mode\.A/);
    expect(() => { w.colour = 9; }).toThrow(RangeError);
    expect(JSON.stringify(w)).toBe('{"weight":1,"colour":0}');
  });

  it('dispatches overloads by argument type', () => {
    expect(Numbers.pick(1)).toBe(1);
    expect(Numbers.pick('x')).toBe(2);
    expect(Numbers.pick(new Vec3())).toBe(3);
    expect(Numbers.pick([1, 2, 3])).toBe(3);
    expect(() => Numbers.pick({})).toThrow(/candidates:\n {2}pick\(arg0: number\)\n {2}pick\(arg0: string\)\n {2}pick\(arg0: Vec3 \| \[number, number, number\]\)/);
  });
});

describe('user type maps', () => {
  it('passes fx::Angle as a plain number both ways', () => {
    expect(Numbers.half(Math.PI)).toBeCloseTo(Math.PI / 2, 6);
    expect(() => Numbers.half('x')).toThrow(TypeError);
  });
});

describe('group type maps', () => {
  it('takes (const float* values, uint32_t count) as one Float32Array (viewed) or number array (copied)', () => {
    expect(Numbers.total(new Float32Array([1, 2, 3.5]))).toBe(6.5);
    expect(Numbers.total(new Float32Array([9, 1, 2, 3]).subarray(1))).toBe(6);
    expect(Numbers.total([1, 2, 3])).toBe(6);
    expect(Numbers.total([])).toBe(0);
    expect(() => Numbers.total(new Float64Array(2))).toThrow(/total\(values: Float32Array \| number\[\]\)/);
  });
});

describe('std containers (copied)', () => {
  it('maps vectors and lists to arrays, typedef names included', () => {
    expect(Containers.split('a,b,c')).toEqual(['a', 'b', 'c']);
    expect(Containers.join(['x', 'y'])).toBe('x+y');
    expect(Containers.doubled([1, 2.5])).toEqual([2, 5]);
    expect(() => Containers.join(['x', 1])).toThrow(TypeError);
  });

  it('converts class elements both ways, arrays of numbers included', () => {
    const out = Containers.scaled([new Vec3(1, 2, 3), [1, 1, 1]], 2);
    expect(out.map((v: { x: number }) => v.x)).toEqual([2, 2]);
    expect(out[0]).toBeInstanceOf(Vec3);
  });

  it('maps string-keyed maps to plain objects and pairs to tuples', () => {
    expect(Containers.withDefaults({ size: 'big' })).toEqual({ mode: 'default', size: 'big' });
    expect(() => Containers.withDefaults({ size: 1 })).toThrow(TypeError);
    expect(Containers.swap(['one', 1])).toEqual([1, 'one']);
    expect(Containers.countParams({ a: 'x', b: 'y' })).toBe(2);
    expect(Containers.countParams(null)).toBe(0);
    expect(Containers.countParams()).toBe(0);
  });
});

describe('classes', () => {
  it('constructs, reads and writes fields, runs operators and toString', () => {
    const v = new Vec3(1, 2, 3);
    expect(v.dot([4, 5, 6])).toBe(32);
    expect(() => v.dot([4, 5])).toThrow(TypeError);
    expect(() => v.dot([4, 5, 'x'])).toThrow(/Vec3\.dot/);
    const w = v.add(new Vec3(1, 1, 1));
    expect([w.x, w.y, w.z]).toEqual([2, 3, 4]);
    expect(v.neg().x).toBe(-1);
    expect(v.equals([1, 2, 3])).toBe(true);
    v.y = 7;
    expect(v.y).toBe(7);
    expect(String(new Vec3(1, 2, 3))).toBe('Vec3(1, 2, 3)');
    expect(Vec3.UNIT_X.x).toBe(1);
    expect(Vec3.UNIT_X).toBe(Vec3.UNIT_X); // same C++ object, same JS object
  });

  it('supports inheritance, virtual calls and nullable pointers', () => {
    const sq = new Square(3);
    expect(sq).toBeInstanceOf(Shape);
    expect(sq.area()).toBe(9);
    expect(Numbers.areaOf(sq)).toBe(9);
    expect(Numbers.areaOf(null)).toBe(-1);
    expect(() => Numbers.areaOf(new Vec3())).toThrow(TypeError);
  });

  it('adjusts pointers under multiple inheritance', () => {
    const l = new Labelled();
    expect(l).toBeInstanceOf(Square);
    expect(l).toBeInstanceOf(Named);
    expect(new Square(1)).not.toBeInstanceOf(Named);
    expect(l.area()).toBe(4);
    expect(l.label()).toBe('named');
    l.setLabel('second base');
    expect(Numbers.labelOf(l)).toBe('second base');
    expect(Numbers.areaOf(l)).toBe(4);
  });

  it('wraps polymorphic results as their most-derived class, keeping identity', () => {
    const s = Numbers.theSquare();
    expect(s).toBeInstanceOf(Square);
    expect(s.side).toBe(5);
    expect(Numbers.theSquare()).toBe(s);
    const l = new Labelled();
    expect(Numbers.asShape(l)).toBe(l);
    expect(Numbers.asNamed(l)).toBe(l);
    expect(Numbers.asShape(null)).toBeNull();
  });

  it('returns references as borrowed objects that keep their owner alive', () => {
    const sq = new Square(1);
    const o = sq.origin();
    o.x = 5;
    expect(sq.mOrigin.x).toBe(5);
    expect(sq.origin()).toBe(o);
  });

  it('kills the parts of an object with it (members by reference and fields)', () => {
    const sq = new Square(1);
    const o = sq.origin();
    const field = sq.mOrigin;
    sq.dispose();
    expect(() => o.x).toThrow(/Vec3.*destroyed by Square\.dispose\(\), with the Square it belonged to/);
    expect(() => field.x).toThrow(/with the Square it belonged to/);
  });

  it('refuses to construct classes without public constructors from JS', () => {
    expect(() => new Numbers()).not.toThrow(); // implicit default constructor
    expect(() => new Shape(1, 2)).toThrow(TypeError);
  });
});

describe('lifetimes', () => {
  it('marks the wrapper dead after the destroy function of a factory pair', () => {
    const factory = new Factory();
    const w = factory.createWidget(7);
    expect(w.id()).toBe(7);
    factory.destroyWidget(w);
    expect(() => w.id()).toThrow(/destroyed/);
    expect(() => factory.destroyWidget(w)).toThrow(/destroyed/);
  });

  it('throws instead of aborting when a singleton does not exist yet', () => {
    expect(() => Registry.getSingleton()).toThrow(/Registry\.getSingleton: no Registry exists yet: create one first/);
    const keep = new Registry();
    expect(Registry.getSingleton().answer()).toBe(42);
    expect(keep).toBeInstanceOf(Registry);
  });
});

describe('shared pointers', () => {
  it('wraps shared objects as their class, holding a reference until collected', () => {
    const t = Resources.make(true);
    expect(t).toBeInstanceOf(Texture);
    expect(t.kind()).toBe('texture');
    expect(Resources.useCount(t)).toBe(2); // the wrapper's copy and the argument's
    expect(Resources.kindOf(t)).toBe('texture');
    expect(Resources.none()).toBeNull();
    expect(Resources.kindOf(null)).toBe('none');
    expect(Resources.both().map((r: { kind(): string }) => r.kind())).toEqual(['resource', 'texture']);
  });

  it('refuses objects that are not held by a shared pointer', () => {
    expect(() => Resources.kindOf(new Resource())).toThrow(new TypeError("Resources.kindOf: parameter 'r' takes shared ownership, and no shared pointer holds this Resource: pass one the engine made, or an object of a JS subclass"));
  });
});

describe('buffers', () => {
  it('views JS memory without copying and keeps it alive', () => {
    const b = new Buffer();
    const data = new Uint8Array([1, 2, 3, 4, 5, 6]);
    b.attach(data, 3, 2);
    expect(b.sum()).toBe(21);
    data[0] = 101;
    expect(b.sum()).toBe(121);
    const view = b.data();
    expect(view).toBeInstanceOf(Uint8Array);
    expect(view.length).toBe(6);
    view[1] = 0;
    expect(data[1]).toBe(0);
  });

  it('checks sizes and kinds of buffers', () => {
    const b = new Buffer();
    expect(() => b.attach(new Uint8Array(5), 3, 2)).toThrow(/data needs at least 6 bytes, got 5/);
    expect(() => b.attach([1, 2, 3, 4, 5, 6], 3, 2)).toThrow(TypeError);
    const target = new Uint16Array(4);
    Buffer.fill(target, 8, 1);
    expect(target[3]).toBe(0x0101);
    expect(() => Buffer.fill(target, 9, 1)).toThrow(RangeError);
    expect(() => Buffer.fill(new DataView(new ArrayBuffer(2), 1), 2, 1)).toThrow(RangeError);
  });
});

describe('errors', () => {
  it('turns the engine exception into its JS error class and std::exception into Error', () => {
    let caught: unknown;
    try { Numbers.fail(42); } catch (e) { caught = e; }
    expect(caught).toBeInstanceOf(FxError);
    expect(caught).toBeInstanceOf(Error);
    expect((caught as { number: number }).number).toBe(42);
    expect((caught as Error).message).toBe('fixture failure');
    expect(() => Numbers.failStd()).toThrow(/Numbers\.failStd: std failure/);
  });
});

describe('free functions, constants and pointer parameters', () => {
  it('exports the functions of a namespace with classes one by one', () => {
    expect(fx.gcd(12, 18)).toBe(6);
    expect(fx.greet('you')).toBe('hello you');
    expect(() => fx.gcd('a', 1)).toThrow(/gcd: no overload accepts/);
  });

  it('puts a namespace of functions only in one object that cannot be constructed', () => {
    expect(typeof fx.gui.sum3).toBe('function');
    expect(() => new fx.gui()).toThrow(/namespace of functions/);
  });

  it('passes number pointers and arrays as typed arrays, without copying', () => {
    const open = new Uint8Array([1]);
    expect(fx.gui.toggle(open)).toBe(true);
    expect(open[0]).toBe(0);
    expect(fx.gui.toggle(null)).toBe(false);
    const v = new Float32Array([1, 2, 3]);
    expect(fx.gui.sum3(v)).toBe(6);
    expect(v[0]).toBe(6);
    const ints = new Int32Array([1, 2, 3]);
    fx.gui.scale(ints, 3, 10);
    expect([...ints]).toEqual([10, 20, 30]);
    expect(() => fx.gui.sum3(new Float32Array(2))).toThrow(RangeError);
    expect(() => fx.gui.sum3([1, 2, 3])).toThrow(TypeError);
    expect(() => fx.gui.toggle(new Float32Array(1))).toThrow(TypeError);
  });

  it('prints a printf-style function’s string as typed', () => {
    expect(fx.gui.format('100%s %d')).toBe('100%s %d');
  });

  it('has constant macros, anonymous enum constants, namespace variables and static members', () => {
    expect(fx.FX_VERSION_MAJOR).toBe(2);
    expect(fx.FX_VERSION).toBe((2 << 8) | 5);
    expect(fx.FX_NAME).toBe('fixture');
    expect(fx.FX_NOT_A_VALUE).toBeUndefined();
    expect(fx.FX_DEAD_BRANCH).toBeUndefined();
    expect([fx.FX_FIRST_ID, fx.FX_SECOND_ID]).toEqual([3, 4]);
    expect(fx.FX_GROUP).toBe('General');
    expect(fx.FX_MISSING).toBeUndefined();
    expect(fx.Names.COUNT).toBe(2);
    expect(fx.Names.DEFAULT).toBe('default');
  });
});

describe('out-parameters, opaque handles, defaulted callbacks', () => {
  it('returns reference out-parameters as an object, with the result', () => {
    expect(fx.Outs.split(2.5)).toEqual({ result: true, whole: 2, frac: 0.5 });
    expect(fx.Outs.describe(7)).toEqual({ os: 'fx#7' });
  });

  it('returns them as a tuple where the spec says so', () => {
    expect(fx.Outs.minmax([3, -1, 9])).toEqual([-1, 9]);
  });

  it('wraps a class the headers only declare as a handle JS cannot construct', () => {
    const h = fx.theHandle();
    expect(h).toBeInstanceOf(fx.Handle);
    expect(fx.isTheHandle(h)).toBe(true);
    expect(fx.theHandle()).toBe(h);
    expect(() => new fx.Handle()).toThrow(TypeError);
  });

  it('binds a function whose defaulted callback JS cannot pass, without that parameter', () => {
    expect(fx.apply(5)).toBe(5);
    expect(() => fx.apply(5, (x: number) => x)).toThrow(/apply: no overload accepts/);
  });
});

describe('value classes (fields held in JS)', () => {
  it('constructs through C++ and reads every field, private ones included, as C++ left them', () => {
    const s = new fx.Span(1, 4, 3);
    expect([...s]).toEqual([1, 4, 3, 0, 0, 1]);
    expect(s.range.size()).toBe(3);
    expect(s.scaled()).toBe(3);
    expect(JSON.parse(JSON.stringify(s))).toEqual({ range: { lo: 1, hi: 4 }, steps: 3, weights: [0, 0] });
  });

  it('keeps C++ field semantics: float rounding, integer ranges, arrays, live nested values', () => {
    const s = new fx.Span();
    s.range.hi = 0.1;
    expect(s.range.hi).toBe(Math.fround(0.1));
    expect(() => { s.steps = 2 ** 31; }).toThrow(RangeError);
    expect(() => { s.steps = 0.5; }).toThrow(TypeError);
    s.weights = [1, -2];
    expect(s.weights).toEqual([1, -2]);
    expect(() => { s.weights = [1, 40000]; }).toThrow(RangeError);
    expect(Object.isFrozen(s.weights)).toBe(true);
    const wide = new fx.Extent();
    wide.hi = 3;
    s.range = wide;
    expect(s.range.size()).toBe(3);
    expect(s.range).not.toBe(wide); // copied into the member
    expect(() => { s.range = [2, 5] as never; }).toThrow(/Extent.constructor: no overload accepts \(2, 5\)/);
  });

  it('writes back what C++ changed: the object of a non-const method, reference arguments', () => {
    const s = new fx.Span(0, 2, 1);
    s.setScale(1.5);
    expect(s.getScale()).toBe(1.5);
    expect(s.scaled()).toBe(3);
    const e = new fx.Extent();
    e.hi = 1;
    fx.Span.widen(e);
    expect([e.lo, e.hi]).toEqual([-1, 2]);
  });

  it('gives static constants as frozen copies made once', () => {
    expect(fx.Span.UNIT).toBe(fx.Span.UNIT);
    expect(fx.Span.UNIT.steps).toBe(1);
    expect(() => { fx.Span.UNIT.steps = 2; }).toThrow(TypeError);
    expect(() => fx.Span.UNIT.setScale(2)).toThrow(TypeError);
    expect(() => fx.Span.widen(fx.Span.UNIT.range)).toThrow(TypeError);
    const copy = new fx.Span(fx.Span.UNIT);
    copy.setScale(2);
    expect(copy.scaled()).toBe(2);
  });
});
