/** parseHeaders as a whole: deterministic JSON, modules by include root, arguments, and errors in headers. */
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../generator/clang/index.js';
import type { Model } from '../../../generator/model/index.js';
import { parseHeaders } from '../../../generator/parse/index.js';
import { FIXTURES, fixture, lineOf, parseFixtures } from '../../helpers/fixtures.js';

const ALL = ['classes.hpp', 'methods.hpp', 'enums.hpp', 'templates.hpp', 'typedefs.hpp', 'functions.hpp', 'docs.hpp', 'config.hpp'];

describe('parseHeaders', () => {
  it('gives byte-identical JSON for the same headers, whatever the order they are listed in', () => {
    const first = JSON.stringify(parseFixtures(ALL));
    const second = JSON.stringify(parseFixtures(ALL));
    expect(second).toBe(first);
    const reordered = parseFixtures([...ALL].reverse());
    reordered.modules = JSON.parse(first).modules as Model['modules'];
    expect(JSON.stringify(reordered)).toBe(first);
  });

  it('produces plain data that survives a JSON round trip unchanged', () => {
    const model = parseFixtures(ALL);
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('sorts every declaration list by id and keeps ids unique', () => {
    const model = parseFixtures(ALL);
    for (const list of [model.namespaces, model.classes, model.templates, model.enums, model.typedefs, model.functions, model.variables]) {
      const ids = list.map((d) => d.id);
      expect(ids).toEqual([...ids].sort());
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('describes the modules it parsed', () => {
    const model = parseFixtures(['enums.hpp']);
    expect(model.format).toBe(1);
    expect(model.modules).toEqual([{ name: 'Fixture', root: FIXTURES, headers: ['enums.hpp'] }]);
  });

  it('passes arguments to the compiler: defines and include paths change the model', () => {
    const plain = parseFixtures(['config.hpp']);
    expect(plain.classes.map((c) => c.id)).toEqual([]);
    expect(plain.enums.find((e) => e.id === 'cfg::Level')?.constants).toEqual([{ name: 'CurrentLevel', value: 1 }]);

    const configured = parseFixtures(['config.hpp'], ['-DFIXTURE_FEATURE', '-DFIXTURE_LEVEL=4', '-DFIXTURE_WITH_EXTRA', `-I${FIXTURES}/include`]);
    expect(configured.classes.map((c) => c.id)).toEqual(['cfg::Extra', 'cfg::Feature']);
    expect(configured.enums.find((e) => e.id === 'cfg::Level')?.constants).toEqual([{ name: 'CurrentLevel', value: 4 }]);
  });

  it('assigns each declaration to the module with the longest root containing its file', () => {
    const model = parseHeaders({
      modules: [
        { name: 'Main', root: FIXTURES, headers: ['config.hpp'] },
        { name: 'Extra', root: `${FIXTURES}/include`, headers: [] },
      ],
      args: ['-DFIXTURE_WITH_EXTRA', `-I${FIXTURES}/include`],
    });
    const extra = model.classes.find((c) => c.id === 'cfg::Extra');
    expect(extra).toMatchObject({ module: 'Extra', location: { file: 'fixture_extra.hpp', line: 3 } });
    expect(model.enums.find((e) => e.id === 'cfg::Level')).toMatchObject({ module: 'Main', location: { file: 'config.hpp' } });
  });

  it('leaves out declarations from files outside every module root', () => {
    const model = parseHeaders({
      modules: [{ name: 'OnlyExtra', root: `${FIXTURES}/include`, headers: [fixture('config.hpp')] }],
      args: ['-DFIXTURE_WITH_EXTRA', `-I${FIXTURES}/include`],
    });
    expect(model.classes.map((c) => c.id)).toEqual(['cfg::Extra']);
    expect(model.enums).toEqual([]);
  });

  it('throws a ParseError naming the malformed header and line, and the process goes on', () => {
    const line = lineOf('malformed.hpp', 'int broken = ;');
    expect(() => parseFixtures(['enums.hpp', 'malformed.hpp'])).toThrow(ParseError);
    expect(() => parseFixtures(['enums.hpp', 'malformed.hpp'])).toThrow(`${fixture('malformed.hpp')}:${line}:14`);
    expect(parseFixtures(['enums.hpp']).enums.length).toBeGreaterThan(0);
  });

  it('throws a ParseError naming a header that does not exist', () => {
    expect(() => parseFixtures(['no-such-header.hpp'])).toThrow(ParseError);
    expect(() => parseFixtures(['no-such-header.hpp'])).toThrow(/no-such-header\.hpp/);
  });
});
