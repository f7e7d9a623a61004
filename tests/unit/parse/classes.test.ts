/** IR of classes and structs: bases, access, virtual bases, abstract/final, nested types, fields, forward declarations. */
import { beforeAll, describe, expect, it } from 'vitest';
import { FixtureModel, lineOf } from '../../helpers/fixtures.js';

let fx: FixtureModel;
beforeAll(() => { fx = FixtureModel.parse(['classes.hpp']); });

describe('classes', () => {
  it('records namespace, tag, module and location relative to the module root', () => {
    expect(fx.index.get('cls')).toMatchObject({ kind: 'namespace', name: 'cls', parent: '' });
    const circle = fx.class('cls::Circle');
    expect(circle).toMatchObject({
      name: 'Circle', parent: 'cls', module: 'Fixture', tag: 'class',
      location: { file: 'classes.hpp', line: lineOf('classes.hpp', 'class Circle final') },
    });
    expect(fx.class('cls::Named').tag).toBe('struct');
    expect(fx.class('cls::Bits').tag).toBe('union');
  });

  it('lists bases in order with their access and a link to the base class', () => {
    expect(fx.class('cls::Circle').bases.map((b) => [b.decl, b.access, b.virtual ?? false])).toEqual([
      ['cls::Shape', 'public', false],
      ['cls::Named', 'protected', false],
      ['cls::Tagged', 'private', false],
    ]);
    expect(fx.class('cls::Circle').bases[0]!.type).toMatchObject({ kind: 'record', name: 'cls::Shape', decl: 'cls::Shape' });
  });

  it('marks virtual bases, and keeps both paths of a diamond', () => {
    expect(fx.class('cls::Left').bases).toEqual([expect.objectContaining({ decl: 'cls::VBase', access: 'public', virtual: true })]);
    expect(fx.class('cls::Right').bases).toEqual([expect.objectContaining({ decl: 'cls::VBase', access: 'public', virtual: true })]);
    expect(fx.class('cls::Diamond').bases.map((b) => [b.decl, b.virtual])).toEqual([['cls::Left', undefined], ['cls::Right', undefined]]);
  });

  it('marks abstract and final classes', () => {
    expect(fx.class('cls::Shape').abstract).toBe(true);
    expect(fx.class('cls::Shape').final).toBeUndefined();
    expect(fx.class('cls::Circle').final).toBe(true);
    expect(fx.class('cls::Circle').abstract).toBeUndefined();
  });

  it('gives the destructor with access and virtual-ness', () => {
    expect(fx.class('cls::Shape').destructor).toEqual({ access: 'public', virtual: true });
    expect(fx.class('cls::Point').destructor).toBeUndefined();
  });

  it('keeps public and protected fields, never private ones', () => {
    const fields = fx.class('cls::Shape').fields;
    expect(fields.map((f) => [f.name, f.access])).toEqual([
      ['id', 'public'], ['instances', 'public'], ['MAX_SIDES', 'public'], ['protectedField', 'protected'],
    ]);
    expect(fields.find((f) => f.name === 'secret')).toBeUndefined();
    expect(fields[0]).toMatchObject({ id: 'cls::Shape::id', kind: 'field', parent: 'cls::Shape', type: { kind: 'builtin', name: 'int' } });
    expect(fields[0]!.static).toBeUndefined();
  });

  it('marks static data members and keeps a constant initializer as written', () => {
    const [, instances, maxSides] = fx.class('cls::Shape').fields;
    expect(instances).toMatchObject({ name: 'instances', static: true });
    expect(instances!.value).toBeUndefined();
    expect(maxSides).toMatchObject({ name: 'MAX_SIDES', static: true, value: '12', type: { const: true, name: 'int' } });
  });

  it('gives struct fields their types in order', () => {
    expect(fx.class('cls::Point').fields.map((f) => [f.name, f.type.spelling])).toEqual([['x', 'float'], ['y', 'float']]);
    expect(fx.class('cls::Named').fields[0]!.type).toMatchObject({
      kind: 'pointer', spelling: 'const char *', pointee: { kind: 'builtin', name: 'char', const: true },
    });
  });

  it('lists public nested classes, enums and typedefs and leaves private ones out', () => {
    const outer = fx.class('cls::Outer');
    expect(outer.nested).toEqual(['cls::Outer::Inner', 'cls::Outer::Mode', 'cls::Outer::InnerAlias']);
    expect(fx.class('cls::Outer::Inner')).toMatchObject({ parent: 'cls::Outer', access: 'public', tag: 'struct' });
    expect(fx.enum('cls::Outer::Mode').constants.map((c) => c.name)).toEqual(['ModeA', 'ModeB']);
    expect(fx.typedef('cls::Outer::InnerAlias').underlying.decl).toBe('cls::Outer::Inner');
    expect(fx.has('cls::Outer::Hidden')).toBe(false);
    expect(fx.method('cls::Outer', 'make').returns).toMatchObject({ kind: 'record', decl: 'cls::Outer::Inner' });
  });

  it('marks a class that is only forward-declared incomplete, and uses the definition when there is one', () => {
    expect(fx.class('cls::NeverDefined')).toMatchObject({ incomplete: true, bases: [], fields: [] });
    const later = fx.class('cls::Later');
    expect(later.incomplete).toBeUndefined();
    expect(later.location.line).toBe(lineOf('classes.hpp', 'class Later {'));
    expect(later.fields.map((f) => f.name)).toEqual(['x']);
  });

  it('gives sizeof of complete classes', () => {
    expect(fx.class('cls::Point').size).toBe(8);
    expect(fx.class('cls::Bits').size).toBe(4);
    expect(fx.class('cls::NeverDefined').size).toBeUndefined();
  });
});
