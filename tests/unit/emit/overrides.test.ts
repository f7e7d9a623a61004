// Typings: members that C++ name hiding makes unlike their base's are found (and only those), so the
// typings can mark them for TypeScript's override check (generator/emit/dts/overrides.ts).
import { describe, expect, it } from 'vitest';
import { overrideConflicts } from '../../../generator/emit/dts/overrides.js';
import type { TsClassView } from '../../../generator/emit/dts/typingsView.js';
import type { TsSignatureView } from '../../../generator/emit/napi/views.js';

const sig = (...types: string[]): TsSignatureView => ({
  params: types.map((type, i) => ({ name: `a${i}`, type, optional: false, doc: '' })), returns: 'void', doc: '', returnsDoc: '', deprecated: null,
});
const cls = (jsName: string, jsBase: string, methods: [name: string, sigs: TsSignatureView[], isStatic?: boolean][], accessors: string[] = []): TsClassView => ({
  jsName, jsBase, doc: '', statics: [], hasToString: false, constructor: null,
  accessors: accessors.map((a) => ({ jsName: a, isStatic: false, tsType: 'number', doc: '', get: '', set: [] })),
  methods: methods.map(([name, ts, isStatic = false]) => ({ jsName: name, isStatic, ts })),
});

describe('overrideConflicts', () => {
  const base = cls('Base', 'rt.NativeObject', [['f', [sig('number'), sig('string')]], ['g', [sig()]], ['make', [sig()], true]], ['size']);
  it('marks a method that hides one of the overloads of the nearest base declaring it', () => {
    const derived = cls('Derived', 'Base', [['f', [sig('number')]]]);
    const leaf = cls('Leaf', 'Derived', [['f', [sig('number')]]]);
    const conflicts = overrideConflicts([base, derived, leaf]);
    expect([...conflicts.get('Derived')!.members]).toEqual(['f']);
    // Leaf's nearest declaration is Derived's, which it matches.
    expect(conflicts.has('Leaf')).toBe(false);
  });
  it('leaves overrides with every base signature alone, and marks a method over an accessor', () => {
    const wider = cls('Wider', 'Base', [['f', [sig('number'), sig('string'), sig('boolean')]], ['g', [sig()]], ['size', [sig()]]]);
    expect([...overrideConflicts([base, wider]).get('Wider')!.members]).toEqual(['size']);
  });
  it('reports a static member unlike its base as a different static side', () => {
    const statics = cls('Statics', 'Base', [['make', [sig('number')], true]]);
    expect(overrideConflicts([base, statics]).get('Statics')).toEqual({ members: new Set(['static make']), staticSide: true });
  });
});
