/** extendPass: adds methods with C++ bodies, typed against the model, to the classes its rules name. */
import { describe, expect, it } from 'vitest';
import type { ExtendRule } from '../../../generator/config/index.js';
import { extendPass, RuleReport } from '../../../generator/passes/index.js';
import { sampleModel } from './sampleModel.js';

const sum: ExtendRule = {
  class: 'Ogre::Vector3',
  methods: [{ name: 'sum', signature: 'Ogre::Real sum(const Ogre::Vector3 &other, int n = 0) const', body: 'return self.x + other.x;' }],
};

describe('extendPass', () => {
  it('appends a method marked extension to the class found through a typedef', () => {
    const report = new RuleReport();
    const out = extendPass(sampleModel(), { extend: [sum] }, report);
    const set = out.classes.find((c) => c.id === 'Ogre::Vector<3, float>')?.methods.find((s) => s.name === 'sum');
    const m = set?.overloads[0];
    expect(m).toMatchObject({
      kind: 'method', name: 'sum', parent: 'Ogre::Vector<3, float>', const: true, access: 'public',
      id: 'Ogre::Vector<3, float>::sum(const Ogre::Vector3 &, int) const',
      extension: { body: 'return self.x + other.x;' },
    });
    expect(m?.jsName).toBeUndefined();
    expect(report.entries).toEqual([{ pass: 'extend', rule: 'extend Ogre::Vector3 { sum }', matched: 1 }]);
  });

  it('types parameters and results from the model: typedefs resolve, references point to them', () => {
    const out = extendPass(sampleModel(), { extend: [sum] }, new RuleReport());
    const m = out.classes.find((c) => c.id === 'Ogre::Vector<3, float>')?.methods.find((s) => s.name === 'sum')?.overloads[0];
    expect(m?.returns).toMatchObject({ kind: 'typedef', spelling: 'Ogre::Real', canonical: 'float', decl: 'Ogre::Real' });
    expect(m?.params[0]).toMatchObject({
      name: 'other',
      type: { kind: 'lvalue-ref', spelling: 'const Ogre::Vector3 &', canonical: 'const Ogre::Vector<3, float> &', pointee: { kind: 'typedef', const: true, decl: 'Ogre::Vector3' } },
    });
    expect(m?.params[1]).toMatchObject({ name: 'n', default: '0', type: { kind: 'builtin', canonical: 'int' } });
  });

  it('joins an existing overload set of the same C++ name, and sets jsName when the JS name differs', () => {
    const out = extendPass(sampleModel(), {
      extend: [{ class: 'Ogre::Image', methods: [{ name: 'widthOf', signature: 'Ogre::uint32 getWidth(int face)', body: 'return self.getWidth();' }] }],
    }, new RuleReport());
    const set = out.classes.find((c) => c.id === 'Ogre::Image')?.methods.find((s) => s.name === 'getWidth');
    expect(set?.overloads.map((o) => [o.id, o.jsName])).toEqual([
      ['Ogre::Image::getWidth() const', undefined],
      ['Ogre::Image::getWidth(int)', 'widthOf'],
    ]);
  });

  it('resolves unqualified names in the class scope', () => {
    const out = extendPass(sampleModel(), {
      extend: [{ class: 'Ogre::Image', methods: [{ name: 'size', signature: 'Size size() const', body: 'return 0;' }] }],
    }, new RuleReport());
    const m = out.classes.find((c) => c.id === 'Ogre::Image')?.methods.find((s) => s.name === 'size')?.overloads[0];
    expect(m?.returns).toMatchObject({ kind: 'typedef', decl: 'Ogre::Image::Size', canonical: 'unsigned long' });
  });

  it('reports an unknown class as unmatched and leaves the input unchanged', () => {
    const input = sampleModel();
    const before = structuredClone(input);
    const report = new RuleReport();
    extendPass(input, { extend: [sum, { ...sum, class: 'Ogre::Vector9' }] }, report);
    expect(report.unmatched().map((e) => e.rule)).toEqual(['extend Ogre::Vector9 { sum }']);
    expect(input).toEqual(before);
  });

  it('reports a problem when an extension duplicates a declared method, keeping the declared one', () => {
    const dup = { class: 'Ogre::Image', methods: [{ name: 'getWidth', signature: 'int getWidth() const', body: 'return 0;' }] };
    const report = new RuleReport();
    const out = extendPass(sampleModel(), { extend: [dup] }, report);
    expect(report.problems.map((p) => p.message)).toEqual(['Ogre::Image already has Ogre::Image::getWidth() const']);
    const widths = out.classes.find((c) => c.id === 'Ogre::Image')!.methods.find((s) => s.name === 'getWidth')!.overloads;
    expect(widths.every((o) => !o.extension)).toBe(true);
  });
});
