/** modelDiff and formatDiff: what changed between two versions of a fixture API, per module. */
import { describe, expect, it } from 'vitest';
import { isEmptyDiff, modelDiff } from '../../../generator/diff/modelDiff.js';
import { formatDiff } from '../../../generator/diff/formatDiff.js';
import { fixture, parseFixtures } from '../../helpers/fixtures.js';

const before = parseFixtures([fixture('upgrade/old.hpp')]);
const after = parseFixtures([fixture('upgrade/new.hpp')]);

describe('modelDiff', () => {
  const diff = modelDiff(before, after);
  const m = diff.modules[0]!;

  it('lists added and removed classes', () => {
    expect(m.classes.added).toEqual(['up::Added']);
    expect(m.classes.removed).toEqual(['up::Removed']);
  });

  it('lists a kept class\'s added, removed and re-signed methods with their signatures', () => {
    expect(m.classes.changed).toEqual([{
      id: 'up::Kept',
      addedMethods: ['void added()'],
      removedMethods: ['void gone()'],
      changedMethods: [{ name: 'resigned', removed: ['int resigned(int)'], added: ['int resigned(long)'] }],
    }]);
  });

  it('lists enum constants and constant values that changed', () => {
    expect(m.enums.changed).toEqual([{ id: 'up::Mode', added: ['MODE_C'], removed: ['MODE_B'] }]);
    expect(m.constants.changed).toEqual([{ name: 'up::LIMIT', from: '1', to: '2' }]);
  });

  it('totals the counts, and is empty between a model and itself', () => {
    expect(diff.totals.classes).toEqual({ added: 1, removed: 1, changed: 1 });
    expect(diff.totals.methods).toEqual({ added: 1, removed: 1, changed: 1 });
    expect(isEmptyDiff(diff)).toBe(false);
    expect(isEmptyDiff(modelDiff(before, before))).toBe(true);
  });

  it('formats as text: a table, then each module with - old and + new', () => {
    const text = formatDiff(diff, 'old → new');
    expect(text).toMatch(/^old → new\n\nmodule\s+classes/);
    expect(text).toMatch(/\nFixture +\+1 -1 ~1 +\+1 -1 ~1 /);
    expect(text).toContain('    ~ resigned\n          - int resigned(int)\n          + int resigned(long)');
    expect(text).toContain('    ~ up::LIMIT: 1 → 2');
  });
});
