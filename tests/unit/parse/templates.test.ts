/** IR of class templates: instantiations reached through typedefs, substituted members, template bases, explicit specializations. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClassDecl } from '../../../generator/model/index.js';
import { FixtureModel } from '../../helpers/fixtures.js';

let fx: FixtureModel;
beforeAll(() => { fx = FixtureModel.parse(['templates.hpp']); });

/** The class a typedef names, failing the test when there is none. */
function classOf(id: string): ClassDecl {
  const cls = fx.index.classOf(id);
  expect(cls, `${id} names a class in the model`).toBeDefined();
  return cls!;
}

describe('class templates', () => {
  it('records the template itself with its parameter names', () => {
    expect(fx.template('tmpl::Vec')).toMatchObject({ name: 'Vec', parent: 'tmpl', params: ['N', 'T'] });
    expect(fx.template('tmpl::Box').params).toEqual(['T']);
  });

  it('keeps the typedef with structured template arguments', () => {
    expect(fx.typedef('tmpl::Vec3').underlying).toEqual({
      kind: 'record',
      spelling: 'Vec<3, tmpl::Real>',
      canonical: 'tmpl::Vec<3, float>',
      name: 'tmpl::Vec<3, float>',
      decl: 'tmpl::Vec<3, float>',
      templateArgs: ['3', { kind: 'typedef', spelling: 'tmpl::Real', canonical: 'float', name: 'tmpl::Real', decl: 'tmpl::Real' }],
    });
  });

  it('turns an instantiation named only by a typedef into a class', () => {
    const vec3 = classOf('tmpl::Vec3');
    expect(vec3).toMatchObject({
      id: 'tmpl::Vec<3, float>', name: 'Vec<3, float>', parent: 'tmpl', module: 'Fixture',
      template: { id: 'tmpl::Vec', args: ['3', 'float'] },
    });
    expect(classOf('tmpl::Vec2i')).toMatchObject({ id: 'tmpl::Vec<2, int>', template: { id: 'tmpl::Vec', args: ['2', 'int'] } });
  });

  it('substitutes T in parameters, results and default arguments', () => {
    const get = fx.method('tmpl::Vec<3, float>', 'get');
    expect(get).toMatchObject({ id: 'tmpl::Vec<3, float>::get(int) const', const: true, returns: { kind: 'builtin', name: 'float' } });
    expect(get.params).toEqual([{ name: 'i', type: expect.objectContaining({ name: 'int' }), default: '0' }]);
    expect(fx.method('tmpl::Vec<3, float>', 'operator[]').returns).toMatchObject({
      kind: 'lvalue-ref', canonical: 'float &', pointee: { kind: 'builtin', name: 'float' },
    });
    expect(fx.method('tmpl::Vec<2, int>', 'get').returns).toMatchObject({ kind: 'builtin', name: 'int' });
  });

  it('resolves the injected class name (Vec, Vec<N, T>) to the instantiation', () => {
    const self = { kind: 'record', name: 'tmpl::Vec<3, float>', decl: 'tmpl::Vec<3, float>' };
    const dot = fx.method('tmpl::Vec<3, float>', 'dot');
    expect(dot.id).toBe('tmpl::Vec<3, float>::dot(const tmpl::Vec<3, float> &) const');
    expect(dot.returns).toMatchObject({ kind: 'builtin', name: 'float' });
    expect(dot.params[0]!.type).toMatchObject({ kind: 'lvalue-ref', canonical: 'const tmpl::Vec<3, float> &', pointee: self });
    expect(fx.method('tmpl::Vec<3, float>', 'scaled')).toMatchObject({ returns: self, params: [{ type: { name: 'float' } }] });
    expect(fx.method('tmpl::Vec<3, float>', 'operator+=').returns).toMatchObject({ kind: 'lvalue-ref', pointee: self });
    expect(fx.class('tmpl::Vec<3, float>').fields).toEqual([
      expect.objectContaining({ name: 'ZERO', static: true, type: expect.objectContaining({ ...self, const: true }) }),
    ]);
  });

  it('names constructors of an instantiation like those of a plain class', () => {
    const ctors = fx.class('tmpl::Vec<3, float>').constructors;
    expect(ctors.map((c) => c.id)).toEqual(['tmpl::Vec<3, float>::Vec()', 'tmpl::Vec<3, float>::Vec(float)']);
    expect(ctors.map((c) => c.name)).toEqual(['Vec', 'Vec']);
    expect(ctors[1]).toMatchObject({ explicit: true, params: [{ name: 's', type: { name: 'float' } }] });
  });

  it('brings in a base that is itself an instantiation, with T substituted', () => {
    const [base] = fx.class('tmpl::Vec<3, float>').bases;
    expect(base).toMatchObject({ access: 'public', decl: 'tmpl::VecBase<3, float>', type: { kind: 'record', name: 'tmpl::VecBase<3, float>' } });
    const vecBase = fx.class('tmpl::VecBase<3, float>');
    expect(vecBase.template).toEqual({ id: 'tmpl::VecBase', args: ['3', 'float'] });
    expect(vecBase.fields.map((f) => [f.name, f.type.kind, f.type.pointee?.name, f.type.arraySize])).toEqual([['data', 'array', 'float', 3]]);
    expect(fx.method('tmpl::VecBase<3, float>', 'ptr').returns).toMatchObject({ kind: 'pointer', pointee: { name: 'float' } });
    expect(fx.class('tmpl::Vec<2, int>').bases[0]?.decl).toBe('tmpl::VecBase<2, int>');
  });

  it('sizes member arrays whose dimensions are template parameters', () => {
    const [m] = classOf('tmpl::Mat3x4').fields;
    expect(m).toMatchObject({
      name: 'm',
      type: { kind: 'array', canonical: 'float[3][4]', arraySize: 3, pointee: { kind: 'array', arraySize: 4, pointee: { kind: 'builtin', name: 'float' } } },
    });
    expect(fx.method('tmpl::Mat<3, float>', 'operator[]').returns).toMatchObject({ kind: 'pointer', pointee: { name: 'float' } });
  });

  it('walks an explicit specialization as written, not the primary template', () => {
    const boolBox = classOf('tmpl::BoolBox');
    expect(boolBox).toMatchObject({ id: 'tmpl::Box<bool>', name: 'Box<bool>', template: { id: 'tmpl::Box', args: ['bool'] } });
    expect(boolBox.fields.map((f) => f.name)).toEqual(['flag']);
    expect(boolBox.methods.map((s) => s.name)).toEqual(['isSet']);
  });

  it('walks the primary template for an implicit instantiation', () => {
    const doubleBox = classOf('tmpl::DoubleBox');
    expect(doubleBox).toMatchObject({ id: 'tmpl::Box<double>', template: { id: 'tmpl::Box', args: ['double'] } });
    expect(doubleBox.fields.map((f) => [f.name, f.type.name])).toEqual([['value', 'double']]);
    expect(fx.method('tmpl::Box<double>', 'get')).toMatchObject({ const: true, returns: { kind: 'builtin', name: 'double' } });
  });

  it('does not turn the class template itself into a class', () => {
    expect(fx.model.classes.map((c) => c.id).filter((id) => !id.includes('<'))).toEqual([]);
  });
});
