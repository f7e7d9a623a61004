/** instantiatePass: names template instantiations after resolving typedefs in their arguments. */
import { describe, expect, it } from 'vitest';
import { instantiatePass, RuleReport } from '../../../generator/passes/index.js';
import { sampleModel } from './sampleModel.js';

describe('instantiatePass', () => {
  it('resolves Ogre::Real to float and names Ogre::Vector<3, float> Vector3', () => {
    const report = new RuleReport();
    const out = instantiatePass(sampleModel(), { instantiate: { 'Ogre::Vector3': 'Ogre::Vector<3, Ogre::Real>' } }, report);
    expect(out.classes.find((c) => c.id === 'Ogre::Vector<3, float>')?.jsName).toBe('Vector3');
    expect(report.entries).toEqual([{ pass: 'instantiate', rule: 'instantiate Ogre::Vector3 = Ogre::Vector<3, Ogre::Real>', matched: 1 }]);
    expect(out.typedefs.filter((t) => t.id === 'Ogre::Vector3')).toHaveLength(1);
  });

  it('adds an alias typedef, in id order, when the headers have none', () => {
    const out = instantiatePass(sampleModel(), { instantiate: { 'Ogre::Vec3f': 'Ogre::Vector<3,float>' } }, new RuleReport());
    const alias = out.typedefs.find((t) => t.id === 'Ogre::Vec3f');
    expect(alias?.underlying).toMatchObject({ kind: 'record', decl: 'Ogre::Vector<3, float>', canonical: 'Ogre::Vector<3, float>' });
    expect(alias?.parent).toBe('Ogre');
    const order = out.typedefs.map((t) => t.id);
    expect(order).toEqual([...order].sort());
    expect(out.classes.find((c) => c.id === 'Ogre::Vector<3, float>')?.jsName).toBe('Vec3f');
  });

  it('reports an instantiation the model lacks as unmatched, leaving the input unchanged', () => {
    const input = sampleModel();
    const before = structuredClone(input);
    const report = new RuleReport();
    instantiatePass(input, { instantiate: { 'Ogre::Vector5': 'Ogre::Vector<5, Ogre::Real>' } }, report);
    expect(report.unmatched()).toHaveLength(1);
    expect(input).toEqual(before);
  });

  it('reports a problem with the fix, and skips the entry, when the headers typedef that alias to another type', () => {
    const report = new RuleReport();
    const out = instantiatePass(sampleModel(), { instantiate: { 'Ogre::Real': 'Ogre::Vector<3, float>' } }, report);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]!.message).toMatch(/Ogre::Real is already a typedef of float/);
    expect(report.problems[0]!.fix).toMatch(/Ogre::Real is now float/);
    expect(out.classes.find((c) => c.id === 'Ogre::Vector<3, float>')?.jsName).not.toBe('Real');
    expect(() => report.check(true)).toThrow(/1 problem\(s\)/);
  });
});
