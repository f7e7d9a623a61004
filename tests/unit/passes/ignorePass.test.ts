/** ignorePass: removes what its matchers match (with everything inside removed classes) and counts per matcher. */
import { describe, expect, it } from 'vitest';
import { ignorePass, RuleReport } from '../../../generator/passes/index.js';
import { sampleModel } from './sampleModel.js';

const ids = <T extends { id: string }>(list: T[]) => list.map((d) => d.id);

describe('ignorePass', () => {
  it('removes a class with its nested classes, enums and typedefs, and drops it from nested lists', () => {
    const report = new RuleReport();
    const out = ignorePass(sampleModel(), { ignore: ['Ogre::Image::Box'] }, report);
    expect(ids(out.classes)).not.toContain('Ogre::Image::Box');
    expect(ids(out.classes)).not.toContain('Ogre::Image::Box::Corner');
    expect(out.classes.find((c) => c.id === 'Ogre::Image')?.nested).toEqual(['Ogre::Image::Filter', 'Ogre::Image::Size']);
    expect(report.entries).toEqual([{ pass: 'ignore', rule: "ignore 'Ogre::Image::Box'", matched: 1 }]);
  });

  it('removes a whole class tree: nested enum and typedef go with it', () => {
    const out = ignorePass(sampleModel(), { ignore: [{ name: 'Ogre::Image', kind: 'class' }] }, new RuleReport());
    expect(ids(out.classes).filter((id) => id.startsWith('Ogre::Image'))).toEqual([]);
    expect(ids(out.enums)).toEqual(['Ogre::PixelFormat']);
    expect(ids(out.typedefs)).not.toContain('Ogre::Image::Size');
  });

  it('removes single overloads by signature and keeps the rest of the set', () => {
    const out = ignorePass(sampleModel(), { ignore: ['Ogre::Image::loadDynamicImage(Ogre::uchar *, Ogre::uint32)'] }, new RuleReport());
    const set = out.classes.find((c) => c.id === 'Ogre::Image')?.methods.find((s) => s.name === 'loadDynamicImage');
    expect(set?.overloads.map((o) => o.params.length)).toEqual([3]);
  });

  it('drops overload sets that become empty, counting every matched overload', () => {
    const report = new RuleReport();
    const out = ignorePass(sampleModel(), { ignore: ['*::operator='] }, report);
    for (const c of out.classes) expect(c.methods.map((s) => s.name)).not.toContain('operator=');
    expect(report.entries[0]?.matched).toBe(2);
  });

  it('removes constructors, fields, enums, free functions, variables and typedefs', () => {
    const out = ignorePass(sampleModel(), {
      ignore: ['Ogre::PixelBox::PixelBox()', 'Ogre::Vector3::z', 'Ogre::PixelFormat', { name: '*::operator<<', kind: 'function' }, 'Ogre::BLANKSTRING', 'Ogre::uchar'],
    }, new RuleReport());
    expect(out.classes.find((c) => c.id === 'Ogre::PixelBox')?.constructors).toHaveLength(1);
    expect(out.classes.find((c) => c.id === 'Ogre::Vector<3, float>')?.fields.map((f) => f.name)).toEqual(['x', 'y']);
    expect(ids(out.enums)).toEqual(['Ogre::Image::Filter']);
    expect(out.functions).toEqual([]);
    expect(out.variables).toEqual([]);
    expect(ids(out.typedefs)).not.toContain('Ogre::uchar');
  });

  it('reports a matcher that matched nothing with 0, and leaves the input model unchanged', () => {
    const input = sampleModel();
    const before = structuredClone(input);
    const report = new RuleReport();
    ignorePass(input, { ignore: ['Ogre::Image', 'Ogre::NoSuchThing::*'] }, report);
    expect(report.unmatched().map((e) => e.rule)).toEqual(["ignore 'Ogre::NoSuchThing::*'"]);
    expect(input).toEqual(before);
  });

  it('counts each matcher on its own, even when two match the same declaration', () => {
    const report = new RuleReport();
    ignorePass(sampleModel(), { ignore: ['Ogre::Camera', 'Ogre::Cam*'] }, report);
    expect(report.entries.map((e) => e.matched)).toEqual([1, 2]);
  });
});
