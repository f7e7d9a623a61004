/** clang-ts TranslationUnit: arguments, parse options, diagnostics, strict parsing and disposal. */
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import {
  type Cursor, CursorKind, ParseError, Severity, TranslationUnit,
} from '../../../generator/clang/index.js';
import { FIXTURES, fixture, lineOf } from '../../helpers/fixtures.js';

/** The first descendant reached by following children with these spellings. */
function find(from: Cursor, ...path: string[]): Cursor | undefined {
  let at: Cursor | undefined = from;
  for (const name of path) at = at?.children().find((c) => c.spelling === name);
  return at;
}

describe('TranslationUnit.parse', () => {
  it('parses a header into a tree rooted at the translation unit', () => {
    using unit = TranslationUnit.parse(fixture('classes.hpp'));
    expect(unit.errors).toEqual([]);
    const root = unit.root;
    expect(root.kind).toBe(CursorKind.TranslationUnit);
    expect(root.spelling).toBe(fixture('classes.hpp'));
    const ns = find(root, 'cls');
    expect(ns?.kind).toBe(CursorKind.Namespace);
    expect(ns!.children().map((c) => c.spelling)).toEqual(expect.arrayContaining(['Shape', 'Circle', 'Outer', 'Bits']));
  });

  it('passes -D defines to the preprocessor', () => {
    using plain = TranslationUnit.parse(fixture('config.hpp'));
    expect(find(plain.root, 'cfg', 'Feature')).toBeUndefined();
    expect(find(plain.root, 'cfg', 'Level', 'CurrentLevel')?.enumValue).toBe(1);

    using defined = TranslationUnit.parse(fixture('config.hpp'), { args: ['-DFIXTURE_FEATURE', '-DFIXTURE_LEVEL=3'] });
    expect(defined.errors).toEqual([]);
    expect(find(defined.root, 'cfg', 'Feature')?.kind).toBe(CursorKind.ClassDecl);
    expect(find(defined.root, 'cfg', 'Level', 'CurrentLevel')?.enumValue).toBe(3);
  });

  it('finds includes through -I and reports a missing include with its file and line', () => {
    using missing = TranslationUnit.parse(fixture('config.hpp'), { args: ['-DFIXTURE_WITH_EXTRA'] });
    const [error] = missing.errors;
    expect(error).toMatchObject({
      file: fixture('config.hpp'),
      line: lineOf('config.hpp', '#include <fixture_extra.hpp>'),
      message: expect.stringContaining('fixture_extra.hpp'),
    });
    expect(error!.severity).toBeGreaterThanOrEqual(Severity.Error);

    using found = TranslationUnit.parse(fixture('config.hpp'), {
      args: ['-DFIXTURE_WITH_EXTRA', `-I${FIXTURES}/include`],
    });
    expect(found.errors).toEqual([]);
    const extra = found.root.children().filter((c) => c.spelling === 'cfg').flatMap((c) => c.children()).find((c) => c.spelling === 'Extra');
    expect(extra?.location.file).toBe(`${FIXTURES}/include/fixture_extra.hpp`);
  });

  it('skips function bodies by default and parses them on request', () => {
    using skipped = TranslationUnit.parse(fixture('bodies.hpp'));
    expect(skipped.errors).toEqual([]);

    using full = TranslationUnit.parse(fixture('bodies.hpp'), { skipFunctionBodies: false });
    expect(full.errors).toHaveLength(1);
    expect(full.errors[0]).toMatchObject({
      severity: Severity.Error,
      file: fixture('bodies.hpp'),
      line: lineOf('bodies.hpp', 'undeclared_name'),
      column: 12,
      message: expect.stringContaining('undeclared_name'),
    });
  });

  it('keeps Doxygen comments always and plain comments only with allComments', () => {
    const plainComment = (unit: TranslationUnit) => find(unit.root, 'docs', 'Documented', 'plainCommented')!.rawComment;
    const doxygen = (unit: TranslationUnit) => find(unit.root, 'docs', 'Documented', 'lineDoc')!.briefComment;

    using defaults = TranslationUnit.parse(fixture('docs.hpp'));
    expect(plainComment(defaults)).toBe('');
    expect(doxygen(defaults)).toContain('Line comment brief.');

    using all = TranslationUnit.parse(fixture('docs.hpp'), { allComments: true });
    expect(plainComment(all)).toBe('// Plain comment, not Doxygen.');
    expect(doxygen(all)).toContain('Line comment brief.');
  });

  it('parses in-memory files given as unsavedFiles', () => {
    const file = `${FIXTURES}/virtual/in-memory.hpp`;
    using unit = TranslationUnit.parse(file, { unsavedFiles: { [file]: 'namespace mem { struct FromMemory { int v; }; }\n' } });
    expect(unit.errors).toEqual([]);
    expect(find(unit.root, 'mem', 'FromMemory')?.location).toEqual({ file, line: 1, column: 24 });
  });

  it('reports warnings with severity, file, line and column, apart from errors', () => {
    const file = `${FIXTURES}/virtual/warning.hpp`;
    using unit = TranslationUnit.parse(file, { unsavedFiles: { [file]: 'namespace w {\n#warning "look here"\nint x;\n}\n' } });
    expect(unit.diagnostics).toEqual([
      { severity: Severity.Warning, message: '"look here"', file, line: 2, column: 2 },
    ]);
    expect(unit.errors).toEqual([]);
  });

  it('throws an Error naming a file that does not exist', () => {
    expect(() => TranslationUnit.parse(`${FIXTURES}/no-such-header.hpp`)).toThrow(/no-such-header\.hpp/);
  });

  it('reports the clang version it uses', () => {
    expect(TranslationUnit.clangVersion).toMatch(/clang version \d+\.\d+/);
  });
});

describe('TranslationUnit.parseStrict', () => {
  it('returns the unit when the header has no errors', () => {
    using unit = TranslationUnit.parseStrict(fixture('enums.hpp'));
    expect(find(unit.root, 'en', 'Plain')?.kind).toBe(CursorKind.EnumDecl);
  });

  it('throws a ParseError naming the file and line of a malformed header', () => {
    const line = lineOf('malformed.hpp', 'int broken = ;');
    let thrown: unknown;
    try {
      TranslationUnit.parseStrict(fixture('malformed.hpp'));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ParseError);
    const error = thrown as ParseError;
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ParseError');
    expect(error.message).toContain(`${fixture('malformed.hpp')}:${line}:`);
    expect(error.message).toContain('expected expression');
    expect(error.file).toBe(fixture('malformed.hpp'));
    expect(error.diagnostics).toContainEqual({
      severity: Severity.Error, message: 'expected expression', file: fixture('malformed.hpp'), line, column: 14,
    });
  });
});

describe('disposal', () => {
  it('dispose() frees the unit; later use of it, its cursors and types throws an Error', () => {
    const unit = TranslationUnit.parse(fixture('classes.hpp'));
    const shape = find(unit.root, 'cls', 'Shape')!;
    const type = shape.type!;
    expect(shape.spelling).toBe('Shape');
    expect(unit.disposed).toBe(false);

    unit.dispose();
    expect(unit.disposed).toBe(true);
    expect(() => unit.root).toThrow(/disposed/);
    expect(() => unit.diagnostics).toThrow(/disposed/);
    expect(() => shape.children()).toThrow(/disposed/);
    expect(() => type.spelling).toThrow(/disposed/);
    expect(() => unit.dispose()).not.toThrow();
  });

  it('`using` disposes the unit at the end of the block', () => {
    let kept: TranslationUnit | undefined;
    {
      using unit = TranslationUnit.parse(fixture('enums.hpp'));
      kept = unit;
      expect(kept.disposed).toBe(false);
    }
    expect(kept.disposed).toBe(true);
    expect(() => kept!.root).toThrow(Error);
  });

  it('a unit that is never disposed is freed by its finalizer once unreachable', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    // Keep only the native unit: the TypeScript wrapper becomes garbage right away.
    const native = (() => {
      const unit = TranslationUnit.parse(fixture('enums.hpp'));
      return (unit as unknown as { tu: { isDisposed(): boolean } }).tu;
    })();
    expect(native.isDisposed()).toBe(false);
    for (let i = 0; i < 50 && !native.isDisposed(); i++) {
      gc();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(native.isDisposed()).toBe(true);
  });
});
