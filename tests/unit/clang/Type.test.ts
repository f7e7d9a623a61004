/** clang-ts Type: kind, spelling, canonical type, pointee, qualifiers, references, template arguments, size. */
import { afterAll, describe, expect, it } from 'vitest';
import { type Cursor, CursorKind, TranslationUnit, TypeKind } from '../../../generator/clang/index.js';
import { fixture } from '../../helpers/fixtures.js';

const units = new Map<string, TranslationUnit>();
/** The namespace `ns` of a fixture, parsed once per file. */
function namespace(file: string, ns: string): Cursor {
  let unit = units.get(file);
  if (!unit) {
    unit = TranslationUnit.parseStrict(fixture(file));
    units.set(file, unit);
  }
  const found = unit.root.children().find((c) => c.spelling === ns);
  expect(found, `${file} declares namespace ${ns}`).toBeDefined();
  return found!;
}
afterAll(() => units.forEach((u) => u.dispose()));

function child(scope: Cursor, name: string): Cursor {
  const found = scope.children().find((c) => c.spelling === name);
  expect(found, `${scope.spelling} has ${name}`).toBeDefined();
  return found!;
}

/** Parameter types of function `name` in namespace `fn`. */
function paramTypes(name: string) {
  return child(namespace('functions.hpp', 'fn'), name).arguments.map((a) => a.type!);
}

describe('Type', () => {
  it('gives kind and spelling of builtins, pointers and references', () => {
    const [v, factor] = paramTypes('scale');
    expect(v!.kind).toBe(TypeKind.LValueReference);
    expect(v!.kindName).toBe('LValueReference');
    expect(v!.spelling).toBe('const fn::Vec &');
    expect(factor!.kind).toBe(TypeKind.Float);
    const [format] = paramTypes('log');
    expect(format!.kind).toBe(TypeKind.Pointer);
    expect(String(format)).toBe('const char *');
  });

  it('follows pointers and references to what they point to', () => {
    const [v] = paramTypes('scale');
    expect(v!.pointee?.spelling).toBe('const fn::Vec');
    expect(v!.pointee?.kind).toBe(TypeKind.Record);
    expect(v!.pointee?.isConst).toBe(true);
    expect(v!.pointee?.declaration?.spelling).toBe('Vec');
    expect(paramTypes('add')[0]!.pointee).toBeNull();
  });

  it('tells lvalue from rvalue references', () => {
    const [into, from] = paramTypes('move');
    expect([into!.isLValueReference, into!.isRValueReference]).toEqual([true, false]);
    expect([from!.isLValueReference, from!.isRValueReference]).toEqual([false, true]);
    expect(from!.kind).toBe(TypeKind.RValueReference);
    expect(from!.pointee?.spelling).toBe('fn::Vec');
  });

  it('knows const and volatile qualifiers at each level', () => {
    const [reg, status] = paramTypes('poke');
    expect([reg!.isConst, reg!.isVolatile]).toEqual([false, false]);
    expect([reg!.pointee!.isConst, reg!.pointee!.isVolatile]).toEqual([false, true]);
    expect([status!.pointee!.isConst, status!.pointee!.isVolatile]).toEqual([true, true]);
    const name = child(namespace('functions.hpp', 'fn'), 'NAME').type!;
    expect(name.spelling).toBe('const char *const');
    expect([name.isConst, name.pointee!.isConst]).toEqual([true, true]);
  });

  it('resolves typedefs to the canonical type', () => {
    const td = namespace('typedefs.hpp', 'td');
    const index = child(td, 'Index');
    expect(index.type!.kind).toBe(TypeKind.Typedef);
    expect(index.type!.typedefName).toBe('Index');
    expect(index.underlyingType!.spelling).toBe('td::uint32');
    expect(index.type!.canonical.spelling).toBe('unsigned int');
    expect(index.type!.canonical.kind).toBe(TypeKind.UInt);
    expect(child(td, 'ThingRef').underlyingType!.canonical.spelling).toBe('const td::Thing &');
  });

  it('gives the element type of arrays and the parts of function types', () => {
    const td = namespace('typedefs.hpp', 'td');
    const matrix = child(td, 'Matrix3').underlyingType!;
    expect(matrix.kind).toBe(TypeKind.ConstantArray);
    expect(matrix.element?.spelling).toBe('float');
    expect(matrix.size).toBe(36);

    const callback = child(td, 'Callback').underlyingType!.pointee!;
    expect(callback.kind).toBe(TypeKind.FunctionProto);
    expect(callback.result?.kind).toBe(TypeKind.Void);
    expect(callback.argumentTypes.map((t) => t.spelling)).toEqual(['int', 'const char *']);
  });

  it('gives template arguments of a specialization; non-type ones are null', () => {
    const tmpl = namespace('templates.hpp', 'tmpl');
    const vec3 = child(tmpl, 'Vec3').underlyingType!;
    expect(vec3.spelling).toBe('Vec<3, tmpl::Real>');
    expect(vec3.templateArguments.map((t) => t?.spelling ?? null)).toEqual([null, 'tmpl::Real']);
    const canonical = vec3.canonical;
    expect(canonical.kind).toBe(TypeKind.Record);
    expect(canonical.spelling).toBe('tmpl::Vec<3, float>');
    expect(canonical.templateArguments.map((t) => t?.spelling ?? null)).toEqual([null, 'float']);
    expect(canonical.declaration?.specializedTemplate?.kind).toBe(CursorKind.ClassTemplate);
    expect(canonical.declaration?.specializedTemplate?.spelling).toBe('Vec');
    expect(child(namespace('functions.hpp', 'fn'), 'add').type!.templateArguments).toEqual([]);
  });

  it('gives sizeof for complete types and null for incomplete or dependent ones', () => {
    const cls = namespace('classes.hpp', 'cls');
    expect(child(cls, 'Point').type!.size).toBe(8);
    expect(child(cls, 'Bits').type!.size).toBe(4);
    expect(child(cls, 'NeverDefined').type!.size).toBeNull();
    const boolBox = child(namespace('templates.hpp', 'tmpl'), 'BoolBox').underlyingType!;
    expect(boolBox.canonical.size).toBe(1);
    const vecT = child(namespace('templates.hpp', 'tmpl'), 'Vec');
    const ctorParam = vecT.children().find((c) => c.displayName === 'Vec<N, T>(T)')!.arguments[0]!.type!;
    expect(ctorParam.size).toBeNull();
  });

  it('finds the declaration of record, enum and typedef types', () => {
    const meth = namespace('methods.hpp', 'meth');
    const resize = child(child(meth, 'Widget'), 'resize');
    const [, , colour] = resize.arguments.map((a) => a.type!);
    expect(colour!.canonical.kind).toBe(TypeKind.Enum);
    expect(colour!.declaration?.kind).toBe(CursorKind.EnumDecl);
    expect(colour!.declaration?.spelling).toBe('Colour');
    const index = child(namespace('typedefs.hpp', 'td'), 'Index').type!;
    expect(index.declaration?.kind).toBe(CursorKind.TypedefDecl);
    expect(paramTypes('add')[0]!.declaration).toBeNull();
  });
});
