/** Doc text and overload lists of the typings: Doxygen converted, @copydoc resolved, base overloads and secondary bases merged. */
import { describe, expect, it } from 'vitest';
import { parseDocComment } from '../../../generator/parse/index.js';
import { doxygenToTsDoc } from '../../../generator/emit/dts/doxygen.js';
import { completeClasses } from '../../../generator/emit/dts/inheritedMembers.js';
import type { TsClassView } from '../../../generator/emit/dts/typingsView.js';
import { resolveDocReferences } from '../../../generator/emit/docRefs.js';
import type { Model } from '../../../generator/model/index.js';

describe('Doxygen → TSDoc', () => {
  it('drops grouping markers and converts references, code words and emphasis', () => {
    expect(doxygenToTsDoc('@{')).toBe('');
    expect(doxygenToTsDoc('\\addtogroup Core\n@{\nText @}')).toBe('Text');
    expect(doxygenToTsDoc('Uses @ref Ogre::Node::getChild and \\ref #RGN_DEFAULT.')).toBe('Uses {@link Node.getChild} and {@link RGN_DEFAULT}.');
    expect(doxygenToTsDoc('Pass @c true or \\a count, @b never.')).toBe('Pass `true` or *count*, **never**.');
  });

  it('converts HTML and paragraph commands', () => {
    expect(doxygenToTsDoc('<b>Bold</b> and <i>it</i><ul><li>one</li><li>two</li></ul>')).toBe('**Bold** and *it*\n- one\n- two');
    expect(doxygenToTsDoc('@remarks Read this. @note Careful.')).toBe('Read this. **Note:** Careful.');
    expect(doxygenToTsDoc('@par Example\nText')).toBe('**Example**\nText');
    expect(doxygenToTsDoc('Already {@link Node}.')).toBe('Already {@link Node}.');
  });

  it('takes a @param whose name is on the next line as that parameter', () => {
    const doc = parseDocComment('/** Optimises.\n @param\n   flag If true, discard.\n */');
    expect(doc?.params).toEqual({ flag: 'If true, discard.' });
    expect(doc?.details ?? '').not.toContain('flag');
  });
});

describe('@copydoc', () => {
  const fn = (name: string, raw: string, brief: string) => ({
    kind: 'method', id: `ns::${name}`, name, parent: 'ns::A', module: 'm', location: { file: 'a.h', line: 1 },
    params: [], returns: { kind: 'void', spelling: 'void', canonical: 'void' }, doc: { brief, raw },
  });
  it('copies the named member’s text, through bases and unqualified names; unresolved ones become links', () => {
    const base = { kind: 'class', id: 'ns::Base', name: 'Base', parent: 'ns', module: 'm', location: { file: 'a.h', line: 1 }, tag: 'class',
      bases: [], constructors: [], fields: [], nested: [],
      methods: [{ name: 'read', overloads: [fn('read', '/** Reads bytes. */', 'Reads bytes.')] }] };
    const derived = { ...base, id: 'ns::A', name: 'A', bases: [{ decl: 'ns::Base', access: 'public', type: { kind: 'record', spelling: 'Base', canonical: 'ns::Base' } }],
      methods: [
        { name: 'read', overloads: [fn('read', '/** @copydoc Base::read */', 'Base::read')] },
        { name: 'peek', overloads: [fn('peek', '/** @copydoc read */', 'read')] },
        { name: 'gone', overloads: [fn('gone', '/** @copydoc Nowhere::gone() */', 'Nowhere::gone()')] },
      ] };
    const model = { classes: [base, derived], functions: [] } as unknown as Model;
    resolveDocReferences(model);
    const briefs = derived.methods.map((s) => s.overloads[0]!.doc.brief);
    expect(briefs).toEqual(['Reads bytes.', 'Reads bytes.', 'See {@link Nowhere.gone}.']);
  });
});

describe('derived declarations', () => {
  const sig = (...types: string[]) => ({ params: types.map((t, i) => ({ name: `p${i}`, type: t, optional: false, doc: '' })), returns: 'void', doc: '', returnsDoc: '', deprecated: null });
  const cls = (jsName: string, jsBase: string, methods: [string, string[][]][], secondaryBases: string[] = []): TsClassView => ({
    jsName, jsBase, secondaryBases, doc: '', accessors: [], statics: [], hasToString: false, constructor: null, pureVirtuals: null,
    methods: methods.map(([name, sigs]) => ({ jsName: name, isStatic: false, ts: sigs.map((s) => sig(...s)) })),
  });

  it('repeat the base overloads a redeclared method hides, and take in secondary bases’ members', () => {
    const [, frustum, renderable, camera] = completeClasses([
      cls('Movable', 'rt.NativeObject', [['isVisible', [[]]]]),
      cls('Frustum', 'Movable', [['isVisible', [['Box'], ['Sphere']]]]),
      cls('Renderable', 'rt.NativeObject', [['getMaterial', [[]]], ['isVisible', [['number']]]]),
      cls('Camera', 'Frustum', [], ['Renderable']),
    ]);
    expect(frustum!.methods[0]!.ts.map((s) => s.params.map((p) => p.type))).toEqual([['Box'], ['Sphere'], []]);
    expect(renderable!.implements).toEqual([]);
    expect(camera!.implements).toEqual(['Renderable']);
    const byName = Object.fromEntries(camera!.methods.map((m) => [m.jsName, m.ts.map((s) => s.params.map((p) => p.type).join(','))]));
    expect(byName).toEqual({ getMaterial: [''], isVisible: ['Box', 'Sphere', '', 'number'] });
  });
});
