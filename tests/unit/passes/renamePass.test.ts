/** renamePass: sets jsName on what its rules match. */
import { describe, expect, it } from 'vitest';
import { renamePass, RuleReport } from '../../../generator/passes/index.js';
import { sampleModel } from './sampleModel.js';

describe('renamePass', () => {
  it('renames a class and every overload of a method, counting them', () => {
    const report = new RuleReport();
    const out = renamePass(sampleModel(), {
      rename: [{ match: 'Ogre::Camera', to: 'Cam' }, { match: 'Ogre::Image::loadDynamicImage', to: 'loadData' }],
    }, report);
    expect(out.classes.find((c) => c.id === 'Ogre::Camera')?.jsName).toBe('Cam');
    const set = out.classes.find((c) => c.id === 'Ogre::Image')?.methods.find((s) => s.name === 'loadDynamicImage');
    expect(set?.overloads.map((o) => o.jsName)).toEqual(['loadData', 'loadData']);
    expect(report.entries.map((e) => e.matched)).toEqual([1, 2]);
  });

  it('renames across classes with a glob, and only what the glob reaches', () => {
    const out = renamePass(sampleModel(), { rename: [{ match: '*::operator+', to: 'add' }] }, new RuleReport());
    const v3 = out.classes.find((c) => c.id === 'Ogre::Vector<3, float>');
    expect(v3?.methods.find((s) => s.name === 'operator+')?.overloads[0]?.jsName).toBe('add');
    expect(v3?.methods.find((s) => s.name === 'operator*')?.overloads[0]?.jsName).toBeUndefined();
  });

  it('lets a later rule win over an earlier one', () => {
    const out = renamePass(sampleModel(), { rename: [{ match: 'Ogre::Camera', to: 'A' }, { match: 'Ogre::Cam*', to: 'B' }] }, new RuleReport());
    expect(out.classes.find((c) => c.id === 'Ogre::Camera')?.jsName).toBe('B');
  });

  it('reports stale renames and leaves the input unchanged', () => {
    const input = sampleModel();
    const report = new RuleReport();
    renamePass(input, { rename: [{ match: 'Ogre::Gone', to: 'Gone' }, { match: 'Ogre::Camera', to: 'Cam' }] }, report);
    expect(report.unmatched().map((e) => e.rule)).toEqual(["rename 'Ogre::Gone' → Gone"]);
    expect(input.classes.find((c) => c.id === 'Ogre::Camera')?.jsName).toBeUndefined();
  });

  it('rejects a target that is not a JS identifier', () => {
    expect(() => renamePass(sampleModel(), { rename: [{ match: 'Ogre::Camera', to: 'Ogre.Cam' }] }, new RuleReport())).toThrow(/not a JS identifier/);
  });
});
