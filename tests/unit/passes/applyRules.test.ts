/** applyRules: every pass in order, one report, strict mode. */
import { describe, expect, it } from 'vitest';
import type { Rules } from '../../../generator/config/index.js';
import { applyRules, RuleReport } from '../../../generator/passes/index.js';
import { sampleModel } from './sampleModel.js';

const rules: Rules = {
  ignore: ['*::operator='],
  rename: [{ match: '*::operator=', to: 'assign' }, { match: 'Ogre::Vector<3, Ogre::Real>', to: 'Vec' }],
  instantiate: { 'Ogre::Vector3': 'Ogre::Vector<3, Ogre::Real>' },
  extend: [{ class: 'Ogre::Camera', methods: [{ name: 'describe', signature: 'Ogre::String describe() const', body: 'return "camera";' }] }],
  ownership: [{ returns: 'borrowed', match: 'Ogre::Camera::describe' }],
};

describe('applyRules', () => {
  it('runs ignore first: a rename of an ignored declaration is stale', () => {
    const report = new RuleReport();
    applyRules(sampleModel(), rules, report);
    expect(report.unmatched().map((e) => e.rule)).toEqual(["rename '*::operator=' → assign"]);
  });

  it('lets an explicit rename win over an instantiation name, and ownership reach extensions', () => {
    const out = applyRules(sampleModel(), rules, new RuleReport());
    expect(out.classes.find((c) => c.id === 'Ogre::Vector<3, float>')?.jsName).toBe('Vec');
    const describe_ = out.classes.find((c) => c.id === 'Ogre::Camera')?.methods.find((s) => s.name === 'describe')?.overloads[0];
    expect(describe_).toMatchObject({ extension: { body: 'return "camera";' }, ownership: 'borrowed' });
  });

  it('records every rule once, in pass order', () => {
    const report = new RuleReport();
    applyRules(sampleModel(), rules, report);
    expect(report.entries.map((e) => e.pass)).toEqual(['ignore', 'instantiate', 'rename', 'rename', 'extend', 'ownership']);
  });

  it('throws in strict mode, naming each stale rule', () => {
    const stale: Rules = { ...rules, ignore: [...(rules.ignore ?? []), 'Ogre::Gone'] };
    expect(() => applyRules(sampleModel(), stale, new RuleReport({ strict: true })))
      .toThrow(/2 rule\(s\) matched nothing:\n {2}ignore: ignore 'Ogre::Gone'\n {2}rename: rename '\*::operator=' → assign/);
  });

  it('leaves the input model unchanged', () => {
    const input = sampleModel();
    const before = structuredClone(input);
    applyRules(input, rules, new RuleReport());
    expect(input).toEqual(before);
  });
});
