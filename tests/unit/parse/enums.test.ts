/** IR of enums: scoped or not, underlying type, values (negative, above 2^31, above 2^53), anonymous and nested. */
import { beforeAll, describe, expect, it } from 'vitest';
import { FixtureModel, lineOf } from '../../helpers/fixtures.js';

let fx: FixtureModel;
beforeAll(() => { fx = FixtureModel.parse(['enums.hpp']); });

const values = (id: string) => fx.enum(id).constants.map((c) => [c.name, c.value]);

describe('enums', () => {
  it('gives implicit and explicit values in declaration order', () => {
    expect(values('en::Plain')).toEqual([['PlainA', 0], ['PlainB', 1], ['PlainC', 10], ['PlainD', 11]]);
    expect(fx.enum('en::Plain')).toMatchObject({ name: 'Plain', parent: 'en', module: 'Fixture', underlying: 'unsigned int' });
    expect(fx.enum('en::Plain').scoped).toBeUndefined();
  });

  it('marks scoped enums and keeps their underlying type', () => {
    expect(fx.enum('en::Scoped')).toMatchObject({ scoped: true, underlying: 'unsigned char' });
    expect(values('en::Scoped')).toEqual([['One', 1], ['Two', 2], ['Max', 255]]);
  });

  it('keeps negative values and the smallest int', () => {
    expect(fx.enum('en::Signed').underlying).toBe('int');
    expect(values('en::Signed')).toEqual([['Neg', -5], ['Zero', 0], ['Min', -2147483648]]);
  });

  it('keeps unsigned values above 2^31 as numbers', () => {
    expect(values('en::Flags')).toEqual([['FlagNone', 0], ['FlagAll', 4294967295]]);
  });

  it('gives values a double cannot hold exactly as exact decimal strings', () => {
    expect(fx.enum('en::Big').underlying).toBe('unsigned long long');
    expect(values('en::Big')).toEqual([
      ['BigSmall', 1], ['Big53', '9007199254740993'], ['BigMax', '18446744073709551615'],
    ]);
  });

  it('keeps an anonymous enum with an id from its position', () => {
    const anonymous = fx.model.enums.filter((e) => e.anonymous);
    expect(anonymous).toHaveLength(1);
    const line = lineOf('enums.hpp', 'enum { ANON_FIRST');
    expect(anonymous[0]).toMatchObject({
      id: `en::(anonymous enum at enums.hpp:${line})`, name: '', parent: 'en',
      constants: [{ name: 'ANON_FIRST', value: 7 }, { name: 'ANON_SECOND', value: 8 }],
    });
  });

  it('nests an enum declared in a struct under it', () => {
    expect(fx.enum('en::Holder::Inner')).toMatchObject({ parent: 'en::Holder', access: 'public', constants: [{ name: 'InnerBit', value: 16 }] });
    expect(fx.class('en::Holder').nested).toEqual(['en::Holder::Inner']);
  });
});
