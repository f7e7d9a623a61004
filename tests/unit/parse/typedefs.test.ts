/** IR of typedefs and using-aliases: underlying types as structured TypeRefs, chains, arrays, function pointers, nested aliases. */
import { beforeAll, describe, expect, it } from 'vitest';
import { FixtureModel } from '../../helpers/fixtures.js';

let fx: FixtureModel;
beforeAll(() => { fx = FixtureModel.parse(['typedefs.hpp']); });

describe('typedefs and aliases', () => {
  it('keeps a typedef of a builtin, and tells `using` aliases apart', () => {
    expect(fx.typedef('td::uint32')).toMatchObject({
      name: 'uint32', parent: 'td', module: 'Fixture',
      underlying: { kind: 'builtin', spelling: 'unsigned int', name: 'unsigned int' },
    });
    expect(fx.typedef('td::uint32').using).toBeUndefined();
    expect(fx.typedef('td::Byte')).toMatchObject({ using: true, underlying: { kind: 'builtin', name: 'unsigned char' } });
  });

  it('gives pointers and references with their pointee and qualifiers', () => {
    expect(fx.typedef('td::ThingPtr').underlying).toMatchObject({
      kind: 'pointer', spelling: 'td::Thing *', pointee: { kind: 'record', name: 'td::Thing', decl: 'td::Thing' },
    });
    expect(fx.typedef('td::ThingRef')).toMatchObject({
      using: true,
      underlying: { kind: 'lvalue-ref', canonical: 'const td::Thing &', pointee: { kind: 'record', const: true, decl: 'td::Thing' } },
    });
  });

  it('links a typedef of a typedef to it and resolves the canonical type', () => {
    expect(fx.typedef('td::Index').underlying).toEqual({
      kind: 'typedef', spelling: 'td::uint32', canonical: 'unsigned int', name: 'td::uint32', decl: 'td::uint32',
    });
  });

  it('gives constant arrays their element type and size', () => {
    expect(fx.typedef('td::Matrix3').underlying).toMatchObject({
      kind: 'array', spelling: 'float[9]', arraySize: 9, pointee: { kind: 'builtin', name: 'float' },
    });
  });

  it('gives a two-dimensional array the outer size, its element the inner one', () => {
    expect(fx.typedef('td::Grid').underlying).toMatchObject({
      kind: 'array', spelling: 'int[2][3]', arraySize: 2,
      pointee: { kind: 'array', spelling: 'int[3]', arraySize: 3, pointee: { kind: 'builtin', name: 'int' } },
    });
  });

  it('gives function pointers their result and parameter types', () => {
    expect(fx.typedef('td::Callback').underlying).toMatchObject({
      kind: 'pointer',
      pointee: {
        kind: 'function',
        result: { kind: 'void' },
        params: [{ kind: 'builtin', name: 'int' }, { kind: 'pointer', spelling: 'const char *' }],
      },
    });
    expect(fx.typedef('td::Handler')).toMatchObject({
      using: true,
      underlying: { kind: 'pointer', pointee: { kind: 'function', params: [{ kind: 'lvalue-ref', pointee: { decl: 'td::Thing' } }] } },
    });
  });

  it('nests typedefs and aliases declared in a class, and member types refer to them', () => {
    expect(fx.class('td::Container').nested).toEqual(['td::Container::size_type', 'td::Container::value_type']);
    expect(fx.typedef('td::Container::size_type')).toMatchObject({ parent: 'td::Container', access: 'public', underlying: { name: 'int' } });
    expect(fx.typedef('td::Container::value_type')).toMatchObject({ using: true, underlying: { decl: 'td::Thing' } });
    const at = fx.method('td::Container', 'at');
    expect(at.returns).toMatchObject({ kind: 'typedef', decl: 'td::Container::value_type', canonical: 'td::Thing' });
    expect(at.params[0]!.type).toMatchObject({ kind: 'typedef', decl: 'td::Container::size_type', canonical: 'int' });
  });

  it('follows typedefs to a class through ModelIndex.classOf', () => {
    expect(fx.index.classOf('td::Container::value_type')?.id).toBe('td::Thing');
    expect(fx.index.classOf('td::uint32')).toBeUndefined();
  });
});
