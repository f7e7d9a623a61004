/** ModelIndex and summarize over fixture models: lookups by id, through typedefs, members, free functions; per-module counts. */
import { beforeAll, describe, expect, it } from 'vitest';
import { summarize } from '../../../generator/model/index.js';
import { FixtureModel, parseFixtures } from '../../helpers/fixtures.js';

let fx: FixtureModel;
beforeAll(() => { fx = FixtureModel.parse(['classes.hpp', 'methods.hpp', 'templates.hpp', 'functions.hpp']); });

describe('ModelIndex', () => {
  it('finds any declaration by id', () => {
    expect(fx.index.get('cls::Circle')?.kind).toBe('class');
    expect(fx.index.get('meth::Colour')?.kind).toBe('enum');
    expect(fx.index.get('tmpl::Vec3')?.kind).toBe('typedef');
    expect(fx.index.get('tmpl::Vec')?.kind).toBe('template');
    expect(fx.index.get('fn::math::PI')?.kind).toBe('variable');
    expect(fx.index.get('cls::Nothing')).toBeUndefined();
  });

  it('follows typedefs to the class they name', () => {
    expect(fx.index.classOf('tmpl::Vec3')?.id).toBe('tmpl::Vec<3, float>');
    expect(fx.index.classOf('cls::Outer::InnerAlias')?.id).toBe('cls::Outer::Inner');
    expect(fx.index.classOf('cls::Point')?.id).toBe('cls::Point');
    expect(fx.index.classOf('meth::Colour')).toBeUndefined();
  });

  it('looks up members: overload sets, fields, and members reached through a typedef', () => {
    expect(fx.index.lookup('meth::Widget::resize')).toMatchObject({ name: 'resize', overloads: { length: 3 } });
    expect(fx.index.lookup('cls::Point::x')).toMatchObject({ kind: 'field', name: 'x' });
    expect(fx.index.lookup('tmpl::Vec3::dot')).toMatchObject({
      name: 'dot', overloads: [{ id: 'tmpl::Vec<3, float>::dot(const tmpl::Vec<3, float> &) const' }],
    });
    expect(fx.index.lookup('meth::Widget::noSuchMethod')).toBeUndefined();
    expect(fx.index.lookup('Nowhere::Thing')).toBeUndefined();
  });
});

describe('summarize', () => {
  it('counts classes, methods, enums, functions and constants per module', () => {
    const model = parseFixtures(['enums.hpp', 'functions.hpp']);
    // enums.hpp: 7 enums with 18 enumerators, 1 class (Holder);
    // functions.hpp: 1 class (Vec), 7 functions, const NAME, FLAGS, PI, MAX_ITEMS (counter is not const).
    expect(summarize(model)).toEqual([{ module: 'Fixture', classes: 2, methods: 0, enums: 7, functions: 7, constants: 22 }]);
  });

  it('leaves out incomplete classes and counts every overload and static constant', () => {
    const model = parseFixtures(['classes.hpp']);
    const [row] = summarize(model);
    // 13 complete classes (NeverDefined is not one); methods: Shape::area, Circle::area, Outer::make; constants: Outer::Mode's 2 enumerators and Shape::MAX_SIDES.
    expect(row).toEqual({ module: 'Fixture', classes: 13, methods: 3, enums: 1, functions: 0, constants: 3 });
  });
});
