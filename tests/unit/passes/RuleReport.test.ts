/** RuleReport: unmatched rules become warnings, or one error listing all of them in strict mode. */
import { describe, expect, it } from 'vitest';
import { RuleReport } from '../../../generator/passes/index.js';

function filled(strict: boolean): RuleReport {
  const report = new RuleReport({ strict });
  report.record('ignore', "ignore '*::operator='", 3);
  report.record('ignore', "ignore 'Ogre::Gone'", 0);
  report.record('rename', "rename 'Ogre::Old' → New", 0);
  return report;
}

describe('RuleReport', () => {
  it('lists the rules that matched nothing, in order', () => {
    expect(filled(false).unmatched().map((e) => e.rule)).toEqual(["ignore 'Ogre::Gone'", "rename 'Ogre::Old' → New"]);
  });

  it('formats one warning line per unmatched rule, naming its pass', () => {
    expect(filled(false).format()).toBe(
      "warning: ignore rule matched nothing: ignore 'Ogre::Gone'\n" +
      "warning: rename rule matched nothing: rename 'Ogre::Old' → New",
    );
  });

  it('returns the warnings from check() when not strict', () => {
    expect(filled(false).check()).toContain('Ogre::Gone');
  });

  it('throws from check() in strict mode, listing every unmatched rule', () => {
    const report = filled(true);
    expect(() => report.check()).toThrow(/2 rule\(s\) matched nothing/);
    expect(() => report.check()).toThrow(/ignore: ignore 'Ogre::Gone'[^]*rename: rename 'Ogre::Old' → New/);
  });

  it('does not throw in strict mode when every rule matched', () => {
    const report = new RuleReport({ strict: true });
    report.record('ignore', 'x', 1);
    expect(report.check()).toBe('');
  });
});
