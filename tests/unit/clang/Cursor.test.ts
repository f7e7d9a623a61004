/** clang-ts Cursor: names, locations, access, parents, definitions, children, member facts, enums, defaults, comments. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Access, type Cursor, CursorKind, TranslationUnit, joinTokens,
} from '../../../generator/clang/index.js';
import { fixture, lineOf } from '../../helpers/fixtures.js';

const units: TranslationUnit[] = [];
/** Parses a fixture once per file; disposed after all tests. */
function parse(name: string): Cursor {
  const unit = TranslationUnit.parseStrict(fixture(name));
  units.push(unit);
  return unit.root;
}
afterAll(() => units.forEach((u) => u.dispose()));

/** The first descendant reached by following children with these spellings. */
function find(from: Cursor, ...path: string[]): Cursor {
  let at = from;
  for (const name of path) {
    const next = at.children().find((c) => c.spelling === name);
    expect(next, `${at.spelling || 'root'} has a child ${name}`).toBeDefined();
    at = next!;
  }
  return at;
}

/** The member of `cls` whose display name (name plus parameter types) is `display`. */
function member(cls: Cursor, display: string): Cursor {
  const m = cls.children().find((c) => c.displayName === display);
  expect(m, `${cls.spelling} has ${display}`).toBeDefined();
  return m!;
}

describe('declarations', () => {
  let classes: Cursor;
  beforeAll(() => { classes = parse('classes.hpp'); });

  it('gives kind, spelling, display name, USR and location', () => {
    const circle = find(classes, 'cls', 'Circle');
    expect(circle.kind).toBe(CursorKind.ClassDecl);
    expect(circle.kindName).toBe('ClassDecl');
    expect(circle.spelling).toBe('Circle');
    expect(circle.displayName).toBe('Circle');
    expect(circle.usr).toBe('c:@N@cls@S@Circle');
    expect(circle.location).toEqual({ file: fixture('classes.hpp'), line: lineOf('classes.hpp', 'class Circle final'), column: 7 });
    expect(find(classes, 'cls', 'Named').kind).toBe(CursorKind.StructDecl);
    expect(find(classes, 'cls', 'Bits').kind).toBe(CursorKind.UnionDecl);
    expect(String(circle)).toBe('ClassDecl Circle');
  });

  it('gives the access of members, including protected and private ones', () => {
    const shape = find(classes, 'cls', 'Shape');
    expect(find(shape, 'id').access).toBe(Access.Public);
    expect(find(shape, 'protectedField').access).toBe(Access.Protected);
    expect(find(shape, 'secret').access).toBe(Access.Private);
  });

  it('gives base specifiers with access and virtual-ness', () => {
    const bases = (name: string) => find(classes, 'cls', name).children()
      .filter((c) => c.kind === CursorKind.CXXBaseSpecifier)
      .map((b) => ({ base: b.type!.spelling, access: b.access, virtual: b.isVirtualBase }));
    expect(bases('Circle')).toEqual([
      { base: 'cls::Shape', access: Access.Public, virtual: false },
      { base: 'cls::Named', access: Access.Protected, virtual: false },
      { base: 'cls::Tagged', access: Access.Private, virtual: false },
    ]);
    expect(bases('Left')).toEqual([{ base: 'cls::VBase', access: Access.Public, virtual: true }]);
    expect(bases('Right')).toEqual([{ base: 'cls::VBase', access: Access.Public, virtual: true }]);
  });

  it('knows abstract and final classes', () => {
    expect(find(classes, 'cls', 'Shape').isAbstract).toBe(true);
    expect(find(classes, 'cls', 'Circle').isAbstract).toBe(false);
    expect(find(classes, 'cls', 'Circle').isFinal).toBe(true);
    expect(find(classes, 'cls', 'Shape').isFinal).toBe(false);
  });

  it('gives semantic and lexical parents', () => {
    const inner = find(classes, 'cls', 'Outer', 'Inner');
    expect(inner.semanticParent?.spelling).toBe('Outer');
    expect(inner.semanticParent?.semanticParent?.spelling).toBe('cls');
    expect(inner.lexicalParent?.equals(find(classes, 'cls', 'Outer'))).toBe(true);
    expect(find(classes, 'cls').semanticParent?.kind).toBe(CursorKind.TranslationUnit);
  });

  it('finds the definition of a forward declaration, and none for a class never defined', () => {
    const [forward, defining] = find(classes, 'cls').children().filter((c) => c.spelling === 'Later');
    expect(forward!.isDefinition).toBe(false);
    expect(defining!.isDefinition).toBe(true);
    expect(forward!.definition?.equals(defining!)).toBe(true);
    expect(forward!.definition?.location.line).toBe(lineOf('classes.hpp', 'class Later {'));
    expect(forward!.usr).toBe(defining!.usr);
    expect(forward!.canonical?.equals(forward!)).toBe(true);

    const never = find(classes, 'cls', 'NeverDefined');
    expect(never.isDefinition).toBe(false);
    expect(never.definition).toBeNull();
  });

  it('lists children in source order and visit() stops when the callback returns false', () => {
    const shape = find(classes, 'cls', 'Shape');
    const names = shape.children().filter((c) => c.kind !== CursorKind.CXXAccessSpecifier).map((c) => c.spelling);
    expect(names).toEqual(['~Shape', 'area', 'id', 'instances', 'MAX_SIDES', 'protectedField', 'secret']);

    const seen: string[] = [];
    shape.visit((c) => {
      if (c.kind === CursorKind.CXXAccessSpecifier) return;
      seen.push(c.spelling);
      return c.spelling !== 'area';
    });
    expect(seen).toEqual(['~Shape', 'area']);
  });

  it('tells fields from static data members', () => {
    const shape = find(classes, 'cls', 'Shape');
    expect(find(shape, 'id').kind).toBe(CursorKind.FieldDecl);
    expect(find(shape, 'instances').kind).toBe(CursorKind.VarDecl);
    expect(find(shape, 'MAX_SIDES').initializer).not.toBeNull();
    expect(find(shape, 'id').initializer).toBeNull();
  });
});

describe('member functions', () => {
  let widget: Cursor;
  beforeAll(() => { widget = find(parse('methods.hpp'), 'meth', 'Widget'); });

  it('knows static, const, virtual and pure methods', () => {
    const facts = (c: Cursor) => ({ static: c.isStatic, const: c.isConst, virtual: c.isVirtual, pure: c.isPure });
    expect(facts(member(widget, 'create(const char *)'))).toEqual({ static: true, const: false, virtual: false, pure: false });
    expect(facts(member(widget, 'size()'))).toEqual({ static: false, const: true, virtual: false, pure: false });
    expect(facts(member(widget, 'draw()'))).toEqual({ static: false, const: false, virtual: true, pure: false });
    expect(facts(member(widget, 'layout()'))).toEqual({ static: false, const: false, virtual: true, pure: true });
    expect(member(widget, '~Widget()').isVirtual).toBe(true);
  });

  it('knows deleted, defaulted and deprecated members', () => {
    expect(member(widget, 'Widget()').isDefaulted).toBe(true);
    expect(member(widget, 'Widget(int)').isDefaulted).toBe(false);
    expect(member(widget, 'Widget(const meth::Widget &)').isDeleted).toBe(true);
    expect(member(widget, 'operator=(const meth::Widget &)').isDeleted).toBe(true);
    expect(member(widget, 'operator+=(int)').isDeleted).toBe(false);
    expect(member(widget, 'setSize(int)').isDeprecated).toBe(true);
    expect(member(widget, 'size()').isDeprecated).toBe(false);
  });

  it('gives constructor, destructor and conversion kinds', () => {
    expect(member(widget, 'Widget(int)').kind).toBe(CursorKind.Constructor);
    expect(member(widget, '~Widget()').kind).toBe(CursorKind.Destructor);
    expect(member(widget, 'operator bool()').kind).toBe(CursorKind.ConversionFunction);
    expect(member(widget, 'operator==(const meth::Widget &)').kind).toBe(CursorKind.CXXMethod);
  });

  it('gives parameters, result type and token text', () => {
    const create = member(widget, 'create(const char *)');
    expect(create.arguments.map((a) => [a.spelling, a.type!.spelling])).toEqual([['name', 'const char *']]);
    expect(create.resultType?.spelling).toBe('meth::Widget *');
    expect(create.tokens()).toEqual(['static', 'Widget', '*', 'create', '(', 'const', 'char', '*', 'name', ')']);
  });

  it('gives each parameter its default argument as written', () => {
    const defaults = (display: string) =>
      member(widget, display).arguments.map((a) => [a.spelling, a.hasDefaultArgument, a.defaultArgumentText]);
    expect(defaults('resize(int, int, meth::Colour, const meth::Vec2 &, bool)')).toEqual([
      ['w', false, null],
      ['h', true, '10'],
      ['c', true, 'Green'],
      ['at', true, 'Vec2::ZERO'],
      ['animate', true, 'false'],
    ]);
    const texts = member(widget, 'withDefaults(int, const char *, double, unsigned int, int *)')
      .arguments.map((a) => a.defaultArgumentText);
    expect(texts[0]?.replace(/\s/g, '')).toBe('3*4');
    expect(texts.slice(1)).toEqual(['"hi, there"', '1.5', '0xFFu', 'nullptr']);
  });

  it('knows variadic functions', () => {
    const ns = find(parse('functions.hpp'), 'fn');
    expect(find(ns, 'log').isVariadic).toBe(true);
    expect(find(ns, 'scale').isVariadic).toBe(false);
  });
});

describe('enums', () => {
  let ns: Cursor;
  beforeAll(() => { ns = find(parse('enums.hpp'), 'en'); });
  const values = (e: Cursor) => e.children().map((c) => [c.spelling, c.enumValue]);

  it('gives implicit and explicit values, negative ones included', () => {
    expect(values(find(ns, 'Plain'))).toEqual([['PlainA', 0], ['PlainB', 1], ['PlainC', 10], ['PlainD', 11]]);
    expect(values(find(ns, 'Signed'))).toEqual([['Neg', -5], ['Zero', 0], ['Min', -2147483648]]);
    expect(values(find(ns, 'Flags'))).toEqual([['FlagNone', 0], ['FlagAll', 4294967295]]);
  });

  it('gives values a double cannot hold exactly as BigInt', () => {
    expect(values(find(ns, 'Big'))).toEqual([
      ['BigSmall', 1], ['Big53', 9007199254740993n], ['BigMax', 18446744073709551615n],
    ]);
  });

  it('knows scoped enums and the integer type', () => {
    const scoped = find(ns, 'Scoped');
    expect(scoped.isScopedEnum).toBe(true);
    expect(scoped.enumIntegerType?.spelling).toBe('unsigned char');
    expect(values(scoped)).toEqual([['One', 1], ['Two', 2], ['Max', 255]]);
    expect(find(ns, 'Plain').isScopedEnum).toBe(false);
    expect(find(ns, 'Signed').enumIntegerType?.spelling).toBe('int');
  });

  it('marks an unnamed enum anonymous', () => {
    const anonymous = ns.children().find((c) => c.kind === CursorKind.EnumDecl && c.isAnonymous);
    expect(anonymous && values(anonymous)).toEqual([['ANON_FIRST', 7], ['ANON_SECOND', 8]]);
    expect(find(ns, 'Plain').isAnonymous).toBe(false);
  });
});

describe('doc comments', () => {
  let documented: Cursor;
  beforeAll(() => { documented = find(parse('docs.hpp'), 'docs', 'Documented'); });

  it('gives the raw comment as written and its brief', () => {
    const load = find(documented, 'load');
    expect(load.rawComment).toMatch(/^\/\*\* @brief Loads pixels from memory\.\n/);
    expect(load.rawComment).toContain('@param width Width in pixels,');
    expect(load.rawComment).toMatch(/\*\/$/);
    expect(load.briefComment).toBe('Loads pixels from memory.');
  });

  it('reads /// line comments and ///< trailing comments', () => {
    expect(find(documented, 'lineDoc').rawComment).toBe('/// Line comment brief.\n    /// Second line of the line comment.');
    expect(find(documented, 'value').briefComment).toBe('Trailing member comment.');
    const html = find(documented.semanticParent!, 'DocKind', 'DK_HTML');
    expect(html.rawComment).toBe('///< Hypertext.');
  });

  it('gives empty strings for an undocumented declaration', () => {
    const undocumented = find(documented, 'undocumented');
    expect(undocumented.rawComment).toBe('');
    expect(undocumented.briefComment).toBe('');
  });
});

describe('joinTokens', () => {
  it('joins tokens back into readable source', () => {
    expect(joinTokens(['Ogre', '::', 'Vector3', '::', 'ZERO'])).toBe('Ogre::Vector3::ZERO');
    expect(joinTokens(['unsigned', 'int'])).toBe('unsigned int');
    expect(joinTokens(['Vector3', '(', '0', ',', '1', ',', '0', ')'])).toBe('Vector3(0, 1, 0)');
  });
});
