/** checkSnippets: a spec's C++ snippets compiled against the headers; the ones that fail are reported by entry. */
import { describe, expect, it } from 'vitest';
import { checkSnippets } from '../../../generator/check/snippetCheck.js';
import { snippetUnit } from '../../../generator/check/snippetUnit.js';
import type { EmitSpec } from '../../../generator/emit/napi/buildModuleView.js';
import { FIXTURES, fixture, parseFixtures } from '../../helpers/fixtures.js';

const model = parseFixtures([fixture('upgrade/new.hpp')]);
/** Snippets written for old.hpp's API: `gone()` no longer exists, `size()` does. */
const spec: EmitSpec = {
  name: 'fixture',
  include: () => true,
  functions: {
    'up::Kept::resigned': { requires: [['$v > 0 && self->size() > 0', 'v must be positive']] },
    'up::Kept::same': { requires: [['(self->gone(), $v) > 0', 'v must be positive']] },
  },
};

describe('checkSnippets', () => {
  it('types each snippet like its function: self, result and $param', () => {
    const unit = snippetUnit(model, spec, ['upgrade/new.hpp']);
    expect(unit.text).toContain('(void)(p_v > 0 && self->size() > 0);');
    expect(unit.text).toMatch(/\[\]\(const up::Kept\* self, check_t<int> p_v\)/);
  });

  it('reports only the snippet that does not compile, naming its entry and the error', () => {
    const problems = checkSnippets(model, spec, { args: [`-I${FIXTURES}`], headers: ['upgrade/new.hpp'] });
    expect(problems.map((p) => p.rule)).toEqual(["functions['up::Kept::same'].requires"]);
    expect(problems[0]!.message).toMatch(/gone/);
  });

  it('reports nothing when every snippet compiles', () => {
    const good: EmitSpec = { name: 'fixture', include: () => true, functions: { 'up::Kept::resigned': spec.functions!['up::Kept::resigned']! } };
    expect(checkSnippets(model, good, { args: [`-I${FIXTURES}`], headers: ['upgrade/new.hpp'] })).toEqual([]);
  });
});
