/** IR of member functions: facts, constructors, operators, overload sets, access, deprecation and default arguments. */
import { beforeAll, describe, expect, it } from 'vitest';
import { FixtureModel } from '../../helpers/fixtures.js';

let fx: FixtureModel;
beforeAll(() => { fx = FixtureModel.parse(['methods.hpp']); });

describe('methods', () => {
  it('marks static, const, virtual and pure methods, and nothing else', () => {
    expect(fx.method('meth::Widget', 'create')).toMatchObject({ kind: 'method', static: true, id: 'meth::Widget::create(const char *)' });
    const size = fx.method('meth::Widget', 'size');
    expect(size).toMatchObject({ const: true, id: 'meth::Widget::size() const' });
    expect([size.static, size.virtual, size.pure]).toEqual([undefined, undefined, undefined]);
    expect(fx.method('meth::Widget', 'draw')).toMatchObject({ virtual: true });
    expect(fx.method('meth::Widget', 'draw').pure).toBeUndefined();
    expect(fx.method('meth::Widget', 'layout')).toMatchObject({ virtual: true, pure: true });
    expect(fx.class('meth::Widget').abstract).toBe(true);
  });

  it('sees overrides as virtual and a class that overrides every pure method as concrete', () => {
    expect(fx.method('meth::Button', 'layout')).toMatchObject({ virtual: true });
    expect(fx.method('meth::Button', 'layout').pure).toBeUndefined();
    expect(fx.class('meth::Button').abstract).toBeUndefined();
    expect(fx.class('meth::Button').bases.map((b) => b.decl)).toEqual(['meth::Widget']);
  });

  it('lists constructors with explicit, defaulted and deleted ones marked', () => {
    const ctors = fx.class('meth::Widget').constructors;
    expect(ctors.map((c) => c.id)).toEqual([
      'meth::Widget::Widget()', 'meth::Widget::Widget(int)', 'meth::Widget::Widget(const meth::Widget &)',
    ]);
    expect(ctors.every((c) => c.kind === 'constructor' && c.name === 'Widget')).toBe(true);
    expect(ctors[0]).toMatchObject({ defaulted: true });
    expect(ctors[1]).toMatchObject({ explicit: true, params: [{ name: 'size', type: { name: 'int' } }] });
    expect(ctors[2]).toMatchObject({ deleted: true });
    expect(ctors[0]!.explicit).toBeUndefined();
    expect(fx.class('meth::Widget').destructor).toEqual({ access: 'public', virtual: true });
  });

  it('groups overloads into one set in source order', () => {
    const resize = fx.methods('meth::Widget', 'resize');
    expect(resize.map((o) => o.id)).toEqual([
      'meth::Widget::resize(int, int, meth::Colour, const meth::Vec2 &, bool)',
      'meth::Widget::resize(const meth::Vec2 &)',
      'meth::Widget::resize(float) const',
    ]);
    expect(resize[2]!.const).toBe(true);
    const names = fx.class('meth::Widget').methods.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    expect(fx.index.lookup('meth::Widget::resize')).toEqual({ name: 'resize', overloads: resize });
  });

  it('gives operators their symbol and keeps a deleted one marked', () => {
    const op = (name: string) => fx.method('meth::Widget', name);
    expect(op('operator+=')).toMatchObject({ operator: '+=', returns: { kind: 'lvalue-ref', pointee: { decl: 'meth::Widget' } } });
    expect(op('operator==')).toMatchObject({ operator: '==', const: true, returns: { name: 'bool' } });
    expect(op('operator[]')).toMatchObject({ operator: '[]', params: [{ name: 'i' }] });
    expect(op('operator=')).toMatchObject({ operator: '=', deleted: true });
    expect(fx.function('meth::operator*(const meth::Vec2 &, float)')).toMatchObject({ kind: 'function', operator: '*', parent: 'meth' });
  });

  it('records conversion operators as their own kind', () => {
    const conversion = fx.method('meth::Widget', 'operator bool');
    expect(conversion).toMatchObject({ kind: 'conversion', const: true, returns: { kind: 'builtin', name: 'bool' } });
    expect(conversion.operator).toBeUndefined();
  });

  it('keeps protected methods with their access and drops private ones', () => {
    expect(fx.method('meth::Widget', 'onPaint').access).toBe('protected');
    expect(fx.method('meth::Widget', 'draw').access).toBe('public');
    expect(fx.class('meth::Widget').methods.some((s) => s.name === 'hidden')).toBe(false);
  });

  it('marks [[deprecated]] methods deprecated', () => {
    expect(fx.method('meth::Widget', 'setSize').deprecated).toBe(true);
    expect(fx.method('meth::Widget', 'size').deprecated).toBeUndefined();
  });

  it('gives parameters names, structured types and default values as written', () => {
    const [full] = fx.methods('meth::Widget', 'resize');
    expect(full!.params.map((p) => [p.name, p.default])).toEqual([
      ['w', undefined], ['h', '10'], ['c', 'Green'], ['at', 'Vec2::ZERO'], ['animate', 'false'],
    ]);
    expect(full!.params[2]!.type).toMatchObject({ kind: 'enum', name: 'meth::Colour', decl: 'meth::Colour' });
    expect(full!.params[3]!.type).toMatchObject({
      kind: 'lvalue-ref', spelling: 'const meth::Vec2 &',
      pointee: { kind: 'record', const: true, name: 'meth::Vec2', decl: 'meth::Vec2' },
    });
    expect(full!.returns).toEqual({ kind: 'void', spelling: 'void', canonical: 'void' });
  });

  it('keeps default values of every shape: expressions, strings with commas, hex, nullptr', () => {
    const params = fx.method('meth::Widget', 'withDefaults').params;
    expect(params[0]!.default?.replace(/\s/g, '')).toBe('3*4');
    expect(params.slice(1).map((p) => p.default)).toEqual(['"hi, there"', '1.5', '0xFFu', 'nullptr']);
    expect(params[4]!.type).toMatchObject({ kind: 'pointer', pointee: { kind: 'builtin', name: 'int' } });
  });

  it('keeps a static member of the class type with a link to the class', () => {
    const zero = fx.class('meth::Vec2').fields.find((f) => f.name === 'ZERO');
    expect(zero).toMatchObject({ static: true, type: { kind: 'record', const: true, decl: 'meth::Vec2' } });
  });
});
