// Runtime dispatch and the typings choose the same overload: both come from one ordered list in the
// view model. For representative calls into OGRE's overload sets, the generated dispatch conditions
// (evaluated on the real arguments) and TypeScript's overload resolution (over the generated
// typings) must pick the same position; the calls themselves then run against the engine.
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Ogre from 'ogre-napi';
import { buildModel, buildView, phaseTimer } from '../../generator/pipeline.js';
import type { JsMethodView } from '../../generator/emit/napi/views.js';
import { ogreJob } from '../../ogre-headers/job.js';

const repo = resolve(import.meta.dirname, '../..');

/**
 * One call: the class, the method (`new` for the constructor), arguments as source text, an instance
 * for methods, the result expected; `run: false` when the engine cannot make the call here (no render system).
 */
interface Row { cls: string; method: string; isStatic?: boolean; args: string; self?: string; expect?: unknown; run?: false }

const TABLE: Row[] = [
  // Integer overloads come after floating ones TypeScript cannot tell apart.
  { cls: 'StringConverter', method: 'toString', isStatic: true, args: '1.5', expect: '1.5' },
  { cls: 'StringConverter', method: 'toString', isStatic: true, args: '3', expect: '3' },
  { cls: 'StringConverter', method: 'toString', isStatic: true, args: 'true', expect: 'true' },
  { cls: 'StringConverter', method: 'toString', isStatic: true, args: '[1, 2, 3]', expect: '1 2 3' },
  // Printed in OGRE's default angle unit, degrees.
  { cls: 'StringConverter', method: 'toString', isStatic: true, args: 'new Ogre.Radian(2)', expect: '114.592' },
  { cls: 'Math', method: 'Abs', isStatic: true, args: '-2.5', expect: 2.5 },
  { cls: 'Math', method: 'Abs', isStatic: true, args: 'new Ogre.Degree(-90)' },
  // Sequences and instances, with and without an enum.
  { cls: 'Vector3', method: 'new', args: '' },
  { cls: 'Vector3', method: 'new', args: '1, 2, 3' },
  { cls: 'Vector3', method: 'new', args: '4' },
  { cls: 'Vector3', method: 'makeFloor', args: 'new Ogre.Vector3(0, 0, 0)', self: 'new Ogre.Vector3(1, 2, 3)' },
  { cls: 'ColourValue', method: 'new', args: '0.1, 0.2, 0.3' },
  { cls: 'Image', method: 'loadDynamicImage', args: 'new Uint8Array(48), 4, 4, Ogre.PF_BYTE_RGB', self: 'new Ogre.Image()' },
  { cls: 'Image', method: 'loadDynamicImage', args: 'new Uint8Array(48), 4, 4, 1, Ogre.PF_BYTE_RGB, false', self: 'new Ogre.Image()' },
  { cls: 'PixelUtil', method: 'getNumElemBytes', isStatic: true, args: 'Ogre.PF_BYTE_RGBA', expect: 4 },
  // Overloads apart only by enums TypeScript tells from numbers: the shorter one first, for both.
  ...['Ogre.TEX_TYPE_2D, 128, 128, 0, Ogre.PF_BYTE_RGBA, Ogre.TU_RENDERTARGET', 'Ogre.TEX_TYPE_2D, 128, 128, 1, 0, Ogre.PF_BYTE_RGBA, Ogre.TU_DEFAULT, null',
    // With the depth argument and without: the enum values are exact only for the overload they belong to.
    'Ogre.TEX_TYPE_3D, 16, 16, 16, 0, Ogre.PF_BYTE_RGBA', 'Ogre.TEX_TYPE_3D, 16, 16, 16, 0, Ogre.PF_BYTE_RGBA, Ogre.TU_DEFAULT',
    'Ogre.TEX_TYPE_2D, 16, 16, 0, Ogre.PF_BYTE_RGBA, Ogre.TU_DEFAULT, null, true',
    // A flag combination is a plain number: converting for the enum parameter.
    'Ogre.TEX_TYPE_2D, 16, 16, 0, Ogre.PF_BYTE_RGBA, Ogre.TU_RENDERTARGET | Ogre.TU_AUTOMIPMAP']
    .map((args): Row => ({ cls: 'TextureManager', method: 'createManual', args: `'tex', 'General', ${args}`, self: 'Ogre.TextureManager.getSingleton()', run: false })),
  // Enum overloads against number ones: an enum's value reaches its own overload, numbers the Real one.
  { cls: 'StringConverter', method: 'toString', isStatic: true, args: 'Ogre.CBT_BACK_LEFT', expect: 'Back Left' },
  { cls: 'StringConverter', method: 'toString', isStatic: true, args: 'Ogre.SMT_FRAME_SEQUENTIAL', expect: 'Frame Sequential' },
  { cls: 'StringConverter', method: 'toString', isStatic: true, args: '2.25, 3', expect: '2.25' },
  // An enum's value where only numbers are taken converts (C++ promotes it): the Real overload prints its number.
  { cls: 'StringConverter', method: 'toString', isStatic: true, args: 'Ogre.PF_BYTE_RGB', expect: String(Number(Ogre.PF_BYTE_RGB)) },
  { cls: 'RenderSystem', method: 'clearFrameBuffer', args: 'Ogre.FBT_COLOUR', self: 'null as unknown as Ogre.RenderSystem', run: false },
  { cls: 'RenderSystem', method: 'clearFrameBuffer', args: 'Ogre.FBT_COLOUR | Ogre.FBT_DEPTH, [0, 0, 0]', self: 'null as unknown as Ogre.RenderSystem', run: false },
  { cls: 'Viewport', method: 'clear', args: 'Ogre.FBT_COLOUR', self: 'null as unknown as Ogre.Viewport', run: false },
  // An enum or an index: the enum's value reaches its overload; a number that is no member's value the index one.
  { cls: 'VertexDeclaration', method: 'removeElement', args: 'Ogre.VES_NORMAL', self: 'null as unknown as Ogre.VertexDeclaration', run: false },
  { cls: 'VertexDeclaration', method: 'removeElement', args: 'Ogre.VES_TEXTURE_COORDINATES, 1', self: 'null as unknown as Ogre.VertexDeclaration', run: false },
  { cls: 'VertexDeclaration', method: 'removeElement', args: '20', self: 'null as unknown as Ogre.VertexDeclaration', run: false },
  { cls: 'HardwareBuffer', method: 'lock', args: 'Ogre.HardwareBuffer.HBL_DISCARD', self: 'null as unknown as Ogre.HardwareBuffer', run: false },
  { cls: 'HardwareBuffer', method: 'lock', args: '0, 16, Ogre.HardwareBuffer.HBL_READ_ONLY', self: 'null as unknown as Ogre.HardwareBuffer', run: false },
  // Plain numbers where overloads differ by enum against number: TypeScript takes no number for an
  // enum, so a `number`-typed value (`Number(x)`: what a variable of type number is to the checker)
  // or a literal equal to a member's value reaches the number overload, as the dispatcher's exact match does.
  { cls: 'StringConverter', method: 'toString', isStatic: true, args: 'Number(2)', expect: '2' },
  { cls: 'StringConverter', method: 'toString', isStatic: true, args: 'Number(Ogre.CBT_BACK_LEFT)', expect: String(Number(Ogre.CBT_BACK_LEFT)) },
  { cls: 'StringConverter', method: 'toString', isStatic: true, args: String(Number(Ogre.CBT_BACK_LEFT)), expect: String(Number(Ogre.CBT_BACK_LEFT)) },
  { cls: 'StringConverter', method: 'toString', isStatic: true, args: String(Number(Ogre.SMT_FRAME_SEQUENTIAL)), expect: String(Number(Ogre.SMT_FRAME_SEQUENTIAL)) },
  { cls: 'StringConverter', method: 'toString', isStatic: true, args: 'Number(1.5), 3', expect: '1.5' },
  { cls: 'VertexDeclaration', method: 'removeElement', args: 'Number(1)', self: 'null as unknown as Ogre.VertexDeclaration', run: false },
  { cls: 'VertexDeclaration', method: 'removeElement', args: String(Number(Ogre.VES_NORMAL)), self: 'null as unknown as Ogre.VertexDeclaration', run: false },
  { cls: 'VertexDeclaration', method: 'removeElement', args: 'Number(Ogre.VES_NORMAL)', self: 'null as unknown as Ogre.VertexDeclaration', run: false },
  { cls: 'HardwareBuffer', method: 'lock', args: 'Number(0), Number(16), Ogre.HardwareBuffer.HBL_READ_ONLY', self: 'null as unknown as Ogre.HardwareBuffer', run: false },
  ...['Ogre.TEX_TYPE_2D, 16, 16, Number(0), Ogre.PF_BYTE_RGBA, Number(32)', 'Ogre.TEX_TYPE_3D, 16, 16, Number(16), Number(0), Ogre.PF_BYTE_RGBA',
    `Ogre.TEX_TYPE_3D, 16, 16, 16, ${Number(Ogre.PF_BYTE_RGBA)}, Ogre.PF_BYTE_RGBA`]
    .map((args): Row => ({ cls: 'TextureManager', method: 'createManual', args: `'tex', 'General', ${args}`, self: 'Ogre.TextureManager.getSingleton()', run: false })),
  { cls: 'Image', method: 'loadDynamicImage', args: 'new Uint8Array(48), 4, 4, Number(1), Ogre.PF_BYTE_RGB, false', self: 'new Ogre.Image()' },
  // A number where the longer overload takes an enum: the enum's value reaches the enum overload, numbers the other.
  ...['Ogre.GpuProgramParameters.ACT_TIME, Ogre.GCT_FLOAT1, 1.5', 'Ogre.GpuProgramParameters.ACT_TIME, Number(1.5), 2',
    `Ogre.GpuProgramParameters.ACT_TIME, ${Number(Ogre.GCT_FLOAT1)}, 1`, 'Ogre.GpuProgramParameters.ACT_TIME, 1.5']
    .map((args): Row => ({ cls: 'Program', method: 'resolveAutoParameterReal', args, self: 'null as unknown as Ogre.RTShader.Program', run: false })),
  { cls: 'Node', method: 'translate', args: '[1, 2, 3], Ogre.Node.TS_WORLD', self: 'null as unknown as Ogre.Node', run: false },
  { cls: 'Node', method: 'translate', args: '1, Number(2), 3', self: 'null as unknown as Ogre.Node', run: false },
  // A flag enum's parameter takes its values and their combinations (plain numbers) alike.
  { cls: 'Image', method: 'hasFlag', args: 'Ogre.IF_CUBEMAP', self: 'new Ogre.Image()', expect: false },
  { cls: 'Image', method: 'hasFlag', args: 'Ogre.IF_COMPRESSED | Ogre.IF_CUBEMAP', self: 'new Ogre.Image()', expect: false },
  // One enum against two of another.
  ...['Ogre.SBT_TRANSPARENT_ALPHA', 'Ogre.SBF_ONE, Ogre.SBF_ZERO', 'Ogre.SBF_SOURCE_ALPHA, Ogre.SBF_ONE_MINUS_SOURCE_ALPHA'].flatMap((args): Row[] => [
    { cls: 'Pass', method: 'setSceneBlending', args, self: 'null as unknown as Ogre.Pass', run: false },
    { cls: 'Material', method: 'setSceneBlending', args, self: 'null as unknown as Ogre.Material', run: false },
  ]),
];

let methods: Map<string, JsMethodView>;
/** The JS runtime the generated module uses (untyped JS). */
let rt: Record<string, unknown>;
let tsChoice: (number | undefined)[];
let dir: string;

/** `Cls.method` (static), `Cls#method` or `Cls.new` in the view. */
const keyOf = (r: Row) => `${r.cls}${r.isStatic || r.method === 'new' ? '.' : '#'}${r.method}`;

beforeAll(async () => {
  rt = await import(join(repo, 'lib', 'runtime.js')) as Record<string, unknown>;
  const job = ogreJob(repo, join(repo, 'generated'));
  const time = phaseTimer();
  const view = buildView(job, buildModel(job, time).model, time);
  methods = new Map();
  for (const c of view.classes) {
    if (c.constructor) methods.set(`${c.jsName}.new`, c.constructor);
    for (const m of c.methods) methods.set(`${c.jsName}${m.isStatic ? '.' : '#'}${m.jsName}`, m);
  }
  // One source file with every call; TypeScript's chosen signature is the declaration it resolved to.
  dir = mkdtempSync(join(tmpdir(), 'ogre-overloads-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(join(repo, 'packages', 'ogre-napi'), join(dir, 'node_modules', 'ogre-napi'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  const calls = TABLE.map((r) => (r.method === 'new' ? `new Ogre.${r.cls}(${r.args});`
    : r.isStatic ? `Ogre.${r.cls}.${r.method}(${r.args});` : `(${r.self}).${r.method}(${r.args});`));
  writeFileSync(join(dir, 'calls.ts'), `import Ogre from 'ogre-napi';\n${calls.join('\n')}\n`);
  const program = ts.createProgram([join(dir, 'calls.ts')], {
    strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, lib: ['lib.es2023.d.ts'], types: [], skipLibCheck: true,
    module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
  });
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(join(dir, 'calls.ts'))!;
  const errors = ts.getPreEmitDiagnostics(program, file);
  if (errors.length) throw new Error(errors.map((e) => ts.flattenDiagnosticMessageText(e.messageText, '\n')).join('\n'));
  tsChoice = file.statements.slice(1).map((s) => {
    const call = (s as ts.ExpressionStatement).expression as ts.CallExpression | ts.NewExpression;
    const declaration = checker.getResolvedSignature(call)?.getDeclaration();
    if (!declaration || !ts.isClassDeclaration(declaration.parent)) return undefined;
    // Its position among the declared overloads of that name and side (the class's own come first).
    const isStatic = (d: ts.Node) => (ts.getCombinedModifierFlags(d as ts.Declaration) & ts.ModifierFlags.Static) !== 0;
    const nameOf = (d: ts.ClassElement) => (d.name && ts.isIdentifier(d.name) ? d.name.text : '');
    const siblings = declaration.parent.members.filter((d) => d.kind === declaration.kind &&
      nameOf(d) === nameOf(declaration as ts.ClassElement) && isStatic(d) === isStatic(declaration));
    return siblings.indexOf(declaration as ts.ClassElement);
  });
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The overload the generated dispatcher takes for these arguments: the first condition that holds
 * (exact checks for every overload first, then converting ones), as its position in the one order.
 */
function runtimeChoice(m: JsMethodView, args: unknown[]): number {
  const scope = { ...Ogre, rt, n: args.length, ...Object.fromEntries(args.map((a, i) => [`a${i}`, a])) };
  // The conditions name classes and `rt` as the generated module does; `with` gives them that scope.
  // eslint-disable-next-line no-new-func
  const test = (condition: string) => new Function('scope', `with (scope) { return (${condition}); }`)(scope) as boolean;
  return m.overloads.find((o) => test(o.test))?.index ?? -1;
}

describe('overload choice: dispatcher and typings agree', () => {
  // A flag enum takes plain numbers in the typings (its combinations) but only converting in the
  // dispatcher: against a number overload at the same position the two would choose apart.
  it('has no overload set where a flag enum competes with a number', () => {
    const flagEnum = /^[\w.]+ \| number$/;
    const clashes = [...methods].filter(([, m]) => m.ts.some((a) => m.ts.some((b) => a !== b &&
      a.params.some((p, i) => flagEnum.test(p.type) && b.params[i]?.type === 'number')))).map(([name]) => name);
    expect(clashes).toEqual([]);
    // The rule sees flag enums at all: OGRE has parameters of one.
    expect([...methods.values()].some((m) => m.ts.some((s) => s.params.some((p) => flagEnum.test(p.type))))).toBe(true);
  });

  it.each(TABLE.map((r, i) => [`${r.cls}.${r.method}(${r.args})`, r, i] as const))('%s', (_name, row, i) => {
    const m = methods.get(keyOf(row));
    expect(m, keyOf(row)).toBeDefined();
    const args = new Function('Ogre', `return [${row.args}];`)(Ogre) as unknown[];
    const runtime = runtimeChoice(m!, args);
    expect(runtime).toBeGreaterThanOrEqual(0);
    expect(tsChoice[i]).toBe(runtime);
    if (row.run === false) return;
    // And the call runs: the engine gives what the chosen overload computes.
    const self = row.self ? new Function('Ogre', `return ${row.self};`)(Ogre) : undefined;
    const target = (Ogre as unknown as Record<string, new (...a: unknown[]) => unknown>)[row.cls]!;
    const result = row.method === 'new' ? new target(...args)
      : row.isStatic ? (target as unknown as Record<string, (...a: unknown[]) => unknown>)[row.method]!(...args)
        : (self as Record<string, (...a: unknown[]) => unknown>)[row.method]!(...args);
    if ('expect' in row) expect(result).toEqual(row.expect);
  });
});
