/** IR of doc comments: brief, details, @param, @return, @deprecated, trailing comments, undocumented declarations. */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocComment } from '../../../generator/parse/index.js';
import { FixtureModel } from '../../helpers/fixtures.js';

let fx: FixtureModel;
beforeAll(() => { fx = FixtureModel.parse(['docs.hpp']); });

describe('doc comments in the IR', () => {
  it('splits a class comment into brief and details, keeping the raw text', () => {
    const doc = fx.class('docs::Documented').doc;
    expect(doc).toMatchObject({ brief: 'A documented class.', details: 'It has a longer description that spans two lines.' });
    expect(doc?.raw).toMatch(/^\/\*\* A documented class\./);
  });

  it('takes @brief, @param (across lines) and @return apart', () => {
    const doc = fx.method('docs::Documented', 'load').doc;
    expect(doc).toMatchObject({
      brief: 'Loads pixels from memory.',
      params: { data: 'Pointer to the pixels.', width: 'Width in pixels, continued on the next line.' },
      returns: 'True when the pixels were loaded.',
    });
  });

  it('keeps the rest of the description in details without repeating the brief', () => {
    const details = fx.method('docs::Documented', 'load').doc?.details ?? '';
    expect(details).toContain('The data is not copied.');
    expect(details).not.toContain('Loads pixels from memory.');
    expect(details).not.toContain('@param');
  });

  it('reads /// and ///< comments, on members and enumerators', () => {
    expect(fx.method('docs::Documented', 'lineDoc').doc?.brief).toMatch(/^Line comment brief\./);
    expect(fx.class('docs::Documented').fields[0]).toMatchObject({ name: 'value', doc: { brief: 'Trailing member comment.' } });
    const kinds = fx.enum('docs::DocKind');
    expect(kinds.doc?.brief).toBe('Kinds of documents.');
    expect(kinds.constants.map((c) => [c.name, c.doc?.brief])).toEqual([['DK_TEXT', 'Plain text.'], ['DK_HTML', 'Hypertext.']]);
  });

  it('marks a method documented @deprecated as deprecated, with the reason', () => {
    const old = fx.method('docs::Documented', 'oldLoad');
    expect(old.deprecated).toBe(true);
    expect(old.doc).toMatchObject({ brief: 'Old way to load.', deprecated: 'Use load() instead.' });
  });

  it('gives no doc to undocumented declarations and ignores plain // comments', () => {
    expect(fx.method('docs::Documented', 'undocumented').doc).toBeUndefined();
    expect(fx.method('docs::Documented', 'plainCommented').doc).toBeUndefined();
    expect(fx.method('docs::Documented', 'undocumented').deprecated).toBeUndefined();
  });
});

describe('parseDocComment', () => {
  it('returns undefined for an empty comment', () => {
    expect(parseDocComment('')).toBeUndefined();
    expect(parseDocComment('   ')).toBeUndefined();
  });

  it('uses the first paragraph as brief when libclang gives none, and reads \\param and @returns', () => {
    const raw = '/** First paragraph\n    still first.\n\n    Second paragraph.\n    \\param x The x.\n    @returns Nothing.\n*/';
    expect(parseDocComment(raw)).toEqual({
      brief: 'First paragraph still first.',
      details: 'Second paragraph.',
      params: { x: 'The x.' },
      returns: 'Nothing.',
      raw,
    });
  });
});
