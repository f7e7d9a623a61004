// Typings of a generated module (emitDts): golden text, and that TypeScript accepts right usages and rejects wrong ones.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitDts } from '../../../generator/emit/dts/emitDts.js';
import type { ClassView, JsMethodView, ModuleView, TsSignatureView } from '../../../generator/emit/napi/views.js';

const VEC3 = 'Vector3 | readonly [number, number, number]';

/** A TypeScript signature; parameters as `[name, type, optional?, doc?]`. */
function sig(returns: string, params: [string, string, boolean?, string?][] = [], more: Partial<TsSignatureView> = {}): TsSignatureView {
  return {
    params: params.map(([name, type, optional = false, doc = '']) => ({ name, type, optional, doc })),
    returns, doc: '', returnsDoc: '', deprecated: null, ...more,
  };
}

/** A method view with only what the typings read filled in. */
function method(jsName: string, ts: TsSignatureView[], isStatic = false): JsMethodView {
  return { jsName, where: jsName, isStatic, params: '', overloads: [], signatures: [], ts };
}

/** A class view with only what the typings read filled in (`constructor` is not optional: every object has one). */
function cls(jsName: string, constructor: JsMethodView | null, more: Omit<Partial<ClassView>, 'constructor'> = {}): ClassView {
  return {
    id: jsName, cpp: `Ogre::${jsName}`, jsName, jsBase: 'rt.NativeObject', doc: '', constructor, deleter: '',
    methods: [], accessors: [], statics: [], hasToString: false, printable: false, natives: [], secondaryBases: [], offsets: "", index: 0, polymorphic: false, uses: [], value: null, selfArg: '', ...more,
  };
}

const accessor = { get: '', set: [] as string[], doc: '' };

const view: ModuleView = {
  name: 'ogre', includes: [], valueHeader: [], valueIncludes: [], valueOffsets: [], headers: [], units: [], errorClass: 'OgreException', catchClauses: [], skipped: [], namespaces: [], functionGroups: [], values: [], aliases: [], errorSubclasses: [], errorFactory: '', finalizeWhile: '',
  classes: [
    cls('VectorBase_3_float', null, {
      doc: 'Storage of three floats.',
      accessors: [{ ...accessor, jsName: 'x', isStatic: false, tsType: 'number', set: ['N.set(v);'], doc: 'First component.' }],
      methods: [method('length', [sig('number', [], { doc: 'Euclidean length.' })])],
    }),
    cls('Vector3', method('constructor', [
      sig(''),
      sig('', [['x', 'number'], ['y', 'number'], ['z', 'number']]),
      sig('', [['v', VEC3, false, 'components to copy']]),
    ]), {
      jsBase: 'VectorBase_3_float',
      doc: 'Standard 3-dimensional vector.\nA direction or a position; docs may say */ too.',
      hasToString: true,
      printable: true,
      methods: [
        method('dotProduct', [sig('number', [['vec', VEC3, false, 'the other vector']], {
          doc: 'Calculates the dot (scalar) product of this vector with another.', returnsDoc: 'A float representing the dot product value.',
        })]),
        method('makeFloor', [
          sig('void', [['cmp', VEC3], ['strict', 'boolean', true]]),
          sig('void', [['cmp', 'number'], ['', 'number', true]], { deprecated: 'use the vector overload' }),
        ]),
        method('fromArray', [sig('Vector3', [['function', 'readonly number[]']], { deprecated: '' })], true),
      ],
      accessors: [
        { ...accessor, jsName: 'ZERO', isStatic: true, tsType: 'Vector3', doc: 'Zero vector.' },
        { ...accessor, jsName: 'tolerance', isStatic: true, tsType: 'number', set: ['N.tol(v);'] },
        { ...accessor, jsName: 'isNaN', isStatic: false, tsType: 'boolean' },
      ],
    }),
    cls('Math', method('constructor', [sig('', [['trigTableSize', 'number', true]])]), {
      doc: 'Class to provide access to common mathematical functions.',
      methods: [
        method('setAngleUnit', [sig('void', [['unit', 'Math.AngleUnit']])], true),
        method('getAngleUnit', [sig('Math.AngleUnit')], true),
      ],
      statics: [
        { jsName: 'AngleUnit', value: '', tsType: 'enum', constants: [{ name: 'AU_DEGREE', value: '0' }, { name: 'AU_RADIAN', value: '1' }] },
        { jsName: 'AU_DEGREE', value: '0', tsType: 'Math.AngleUnit.AU_DEGREE' },
        { jsName: 'AU_RADIAN', value: '1', tsType: 'Math.AngleUnit.AU_RADIAN' },
        { jsName: 'POS_INFINITY', value: 'Infinity', tsType: 'number' },
      ],
    }),
    cls('SceneManager', null, { doc: 'Created by Root, never by scripts.', methods: [method('getName', [sig('string')])] }),
  ],
  enums: [
    { jsName: 'PixelFormat', doc: 'The pixel format used for images.', flat: true, constants: [
      { name: 'PF_UNKNOWN', value: '0' }, { name: 'PF_L8', value: '1' }, { name: 'PF_BYTE_RGB', value: '10' },
    ], reverse: [] },
    { jsName: 'TextureType', doc: '', flat: false, constants: [{ name: 'TEX_TYPE_1D', value: '1' }, { name: 'TEX_TYPE_2D', value: '2' }], reverse: [] },
    { jsName: 'Signed', doc: '', flat: false, constants: [{ name: 'Neg', value: '-5' }, { name: 'Big', value: '4294967295' }], reverse: [] },
  ],
};

/** Correct uses of the typings, as a consumer of the package writes them. */
const USE = `import Ogre from 'ogre-napi';
import { Vector3, PF_BYTE_RGB, OgreException } from 'ogre-napi';

const v: Ogre.Vector3 = new Ogre.Vector3(1, 2, 3);
const w: Vector3 = new Vector3([1, 2, 3] as const);
const t: readonly [number, number, number] = [4, 5, 6];
export const dot: number = v.dotProduct(t) + v.dotProduct([1, 2, 3]) + v.dotProduct(w) + new Ogre.Vector3().length();
v.x = 4;
v.makeFloor(w);
v.makeFloor([0, 0, 0], true);
v.makeFloor(1);
const base: Ogre.VectorBase_3_float = v;
export const len: number = base.length();
export const zero: Ogre.Vector3 = Ogre.Vector3.ZERO;
Ogre.Vector3.tolerance = 1e-6;
export const nan: boolean = v.isNaN;
export const text: string = v.toString() + String(w);
export const fromArray: Vector3 = Ogre.Vector3.fromArray([1, 2, 3]);
export const fmt: Ogre.PixelFormat = Ogre.PF_BYTE_RGB;
export const same: boolean = Ogre.PixelFormat.PF_BYTE_RGB === PF_BYTE_RGB;
export const tex: Ogre.TextureType = Ogre.TextureType.TEX_TYPE_2D;
export const unit: Ogre.Math.AngleUnit = Ogre.Math.AU_DEGREE;
Ogre.Math.setAngleUnit(Ogre.Math.AngleUnit.AU_RADIAN);
export const m: Ogre.Math = new Ogre.Math();
export const inf: number = Ogre.Math.POS_INFINITY;
export function name(sm: Ogre.SceneManager): string { return sm.getName(); }
export function describeError(e: unknown): string {
  if (e instanceof Ogre.OgreException) return \`\${e.number} \${e.description} \${e.source} \${e.file}:\${e.line} \${e.message}\`;
  return '';
}
export const err: Error = new OgreException('x', { number: 1 });
export class MyVector extends Ogre.Vector3 { twice(): number { return 2 * this.length(); } }
`;

/** Wrong uses: each line after a `@ts-expect-error` must fail to type-check. */
const WRONG = `import Ogre from 'ogre-napi';

const v = new Ogre.Vector3(1, 2, 3);
// @ts-expect-error a class without a constructor cannot be constructed
new Ogre.SceneManager();
// @ts-expect-error nor can a base without a constructor
new Ogre.VectorBase_3_float();
// @ts-expect-error the runtime's base class is not exported
Ogre.NativeObject;
// @ts-expect-error a plain object is not a wrapper
export const fake: Ogre.VectorBase_3_float = { x: 1, length: () => 1 };
// @ts-expect-error wrong argument type
new Ogre.Vector3('1', 2, 3);
// @ts-expect-error no overload takes two numbers
new Ogre.Vector3(1, 2);
// @ts-expect-error a tuple of the wrong length
v.dotProduct([1, 2] as const);
// @ts-expect-error a required parameter is missing
v.makeFloor();
// @ts-expect-error a getter-only accessor
v.isNaN = true;
// @ts-expect-error a getter-only static accessor
Ogre.Vector3.ZERO = v;
// @ts-expect-error static values are read-only
Ogre.Math.AU_DEGREE = Ogre.Math.AngleUnit.AU_DEGREE;
// @ts-expect-error a static method is not on instances
v.fromArray([1, 2, 3]);
// @ts-expect-error enums do not mix
export const f: Ogre.PixelFormat = Ogre.TextureType.TEX_TYPE_2D;
// @ts-expect-error a flat constant has its own member's type
export const l8: Ogre.PixelFormat.PF_L8 = Ogre.PF_BYTE_RGB;
// @ts-expect-error constants of a non-flat enum are not at module level
Ogre.TEX_TYPE_2D;
// @ts-expect-error nested enum constants live on their class
Ogre.AU_DEGREE;
// @ts-expect-error engine exception fields are read-only
new Ogre.OgreException('x').line = 3;
`;

let dir: string;
let files: string[];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ogre-dts-'));
  files = emitDts(view, dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const read = (name: string) => readFileSync(join(dir, name), 'utf8');

describe('emitDts', () => {
  it('writes the module typings and the package entry', async () => {
    expect(files).toEqual([join(dir, 'ogre.d.ts'), join(dir, 'index.d.ts')]);
    await expect(read('ogre.d.ts')).toMatchFileSnapshot('./__snapshots__/dts.golden.d.ts');
  });

  it('declares overloads, optional parameters, accessors, nested and flat enums', () => {
    const text = read('ogre.d.ts');
    expect(text.startsWith("// @generated by ogre-bindgen from OGRE's headers. Do not edit.\n")).toBe(true);
    expect(text).toContain('export declare class Vector3 extends VectorBase_3_float {');
    expect(text).toContain(`  constructor(v: ${VEC3});`);
    expect(text).toContain(`  makeFloor(cmp: ${VEC3}, strict?: boolean): void;`);
    expect(text).toContain('  makeFloor(cmp: number, arg1?: number): void;');
    expect(text).toContain('  static fromArray(function_: readonly number[]): Vector3;');
    expect(text).toContain('  static get tolerance(): number;\n  static set tolerance(value: number);');
    expect(text).toContain('  get isNaN(): boolean;\n');
    expect(text).not.toContain('set isNaN');
    expect(text).toContain('export declare class SceneManager extends NativeObject {');
    expect(text).toMatch(/export declare class SceneManager extends NativeObject \{[^}]*protected constructor\(\);/);
    expect(text).toContain('export declare namespace Math {\n  export enum AngleUnit {');
    expect(text).toContain('  static readonly AU_DEGREE: Math.AngleUnit.AU_DEGREE;');
    expect(text).toContain('export declare const PF_BYTE_RGB: PixelFormat.PF_BYTE_RGB;');
    expect(text).not.toContain('TEX_TYPE_2D: TextureType');
    expect(text).toContain('   * @param vec the other vector\n   * @returns A float representing the dot product value.');
    expect(text).toContain('  /** @deprecated use the vector overload */\n  makeFloor(cmp: number, arg1?: number): void;');
    expect(text).toContain('docs may say *\\/ too.');
  });

  it('is deterministic and leaves unchanged files alone', () => {
    const before = files.map((f) => [readFileSync(f, 'utf8'), statSync(f).mtimeMs]);
    const again = mkdtempSync(join(tmpdir(), 'ogre-dts-'));
    try {
      expect(emitDts(view, dir)).toEqual(files);
      expect(files.map((f) => [readFileSync(f, 'utf8'), statSync(f).mtimeMs])).toEqual(before);
      emitDts(structuredClone(view), again);
      expect(['ogre.d.ts', 'index.d.ts'].map((n) => readFileSync(join(again, n), 'utf8'))).toEqual(before.map(([text]) => text));
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });

  it("type-checks a consumer's right usages and rejects each wrong one (import Ogre from 'ogre-napi')", () => {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({
      name: 'ogre-napi', type: 'module', types: './index.d.ts', exports: { '.': { types: './index.d.ts' } },
    }));
    writeFileSync(join(dir, 'use.ts'), USE);
    writeFileSync(join(dir, 'wrong.ts'), WRONG);
    const options: ts.CompilerOptions = {
      strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true, types: [],
    };
    const roots = ['use.ts', 'wrong.ts'].map((n) => join(dir, n));
    const program = ts.createProgram(roots, options);
    const checked = program.getSourceFiles().map((s) => s.fileName).filter((f) => f.startsWith(dir));
    expect(checked.sort()).toEqual(['index.d.ts', 'ogre.d.ts', 'use.ts', 'wrong.ts'].map((n) => join(dir, n)));
    const host = { getCanonicalFileName: (f: string) => f, getCurrentDirectory: () => dir, getNewLine: () => '\n' };
    expect(ts.formatDiagnostics(ts.getPreEmitDiagnostics(program), host)).toBe('');
  });
});
