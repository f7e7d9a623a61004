/** IR of free functions and namespace-scope constants: overloads, defaults, variadics, references, qualifiers, initializers. */
import { beforeAll, describe, expect, it } from 'vitest';
import { FixtureModel } from '../../helpers/fixtures.js';

let fx: FixtureModel;
beforeAll(() => { fx = FixtureModel.parse(['functions.hpp']); });

describe('free functions', () => {
  it('gives each overload its own id, and lookup returns the overload set', () => {
    const intAdd = fx.function('fn::add(int, int)');
    const doubleAdd = fx.function('fn::add(double, double)');
    expect(intAdd).toMatchObject({ kind: 'function', name: 'add', parent: 'fn', module: 'Fixture', returns: { name: 'int' } });
    expect(doubleAdd.returns).toMatchObject({ kind: 'builtin', name: 'double' });
    const set = fx.index.lookup('fn::add') as { name: string; overloads: { id: string }[] };
    expect(set.name).toBe('fn::add');
    expect(set.overloads.map((o) => o.id).sort()).toEqual(['fn::add(double, double)', 'fn::add(int, int)']);
  });

  it('keeps default arguments and record results', () => {
    expect(fx.function('fn::scale(const fn::Vec &, float)')).toMatchObject({
      returns: { kind: 'record', decl: 'fn::Vec' },
      params: [
        { name: 'v', type: { kind: 'lvalue-ref', pointee: { const: true, decl: 'fn::Vec' } } },
        { name: 'factor', default: '2.0f' },
      ],
    });
    expect(fx.function('fn::math::clamp(float, float, float)').params.map((p) => p.default)).toEqual([undefined, '0.0f', '1.0f']);
  });

  it('marks variadic functions and leaves the ellipsis out of the parameters', () => {
    const log = fx.function('fn::log(const char *, ...)');
    expect(log.variadic).toBe(true);
    expect(log.params.map((p) => p.name)).toEqual(['format']);
    expect(fx.function('fn::add(int, int)').variadic).toBeUndefined();
  });

  it('tells lvalue from rvalue reference parameters', () => {
    expect(fx.function('fn::move(fn::Vec &, fn::Vec &&)').params.map((p) => p.type.kind)).toEqual(['lvalue-ref', 'rvalue-ref']);
  });

  it('keeps const and volatile on pointees', () => {
    const [reg, status] = fx.function('fn::poke(volatile int *, const volatile unsigned int *)').params;
    expect(reg!.type.pointee).toMatchObject({ volatile: true, name: 'int' });
    expect(reg!.type.pointee!.const).toBeUndefined();
    expect(status!.type.pointee).toMatchObject({ const: true, volatile: true, name: 'unsigned int' });
  });

  it('puts functions of a nested namespace under it', () => {
    expect(fx.index.get('fn::math')).toMatchObject({ kind: 'namespace', parent: 'fn' });
    expect(fx.function('fn::math::clamp(float, float, float)').parent).toBe('fn::math');
  });
});

describe('namespace-scope constants', () => {
  it('keeps const and constexpr constants with their initializers as written', () => {
    expect(fx.variable('fn::math::PI')).toMatchObject({ parent: 'fn::math', value: '3.14159f', type: { kind: 'builtin', const: true, name: 'float' } });
    expect(fx.variable('fn::math::MAX_ITEMS')).toMatchObject({ value: '64', type: { const: true, name: 'int' } });
    expect(fx.variable('fn::NAME')).toMatchObject({ value: '"fixture"', type: { kind: 'pointer', const: true, pointee: { const: true, name: 'char' } } });
    expect(fx.variable('fn::FLAGS').value?.replace(/\s/g, '')).toBe('0x10u|0x01u');
  });

  it('keeps an extern variable without a value and not const', () => {
    const counter = fx.variable('fn::math::counter');
    expect(counter.value).toBeUndefined();
    expect(counter.type.const).toBeUndefined();
  });
});
