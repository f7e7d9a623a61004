/** Bench child: times calls through our OGRE bindings (ns per call, median of rounds) and prints them as JSON. */

/** The part of the generated module this bench calls (loaded untyped: it has no declarations). */
interface Vec { length(): number; add(w: Vec): Vec; dotProduct(w: Vec | number[]): number }
interface Mul<T, R = T> { mul(x: T): R }
/** Frame listeners as the director bench uses them. */
interface Listener { frameStarted(evt: unknown): boolean }
/** The Root calls use. */
interface RootApi {
  createSceneManager(): {
    getRootSceneNode(): { createChildSceneNode(): { getPosition(): Vec } };
    createLight(name: string): { getType(): unknown; setType(t: unknown): void };
  };
  addFrameListener(l: Listener): void; removeFrameListener(l: Listener): void; _fireFrameStarted(): boolean;
}
interface OgreApi {
  Vector3: new (x: number, y: number, z: number) => Vec;
  Quaternion: new (w: number, x: number, y: number, z: number) => Mul<Vec, Vec>;
  Matrix4: { IDENTITY: Mul<unknown> & { transpose(): unknown } };
  Root: new (plugins: string, config: string, log: string) => RootApi;
  FrameListener: new () => Listener;
  LogManager: new () => { createLog(name: string, def: boolean, debugOut: boolean, suppressFile: boolean): unknown };
  Image: new () => { loadDynamicImage(data: Uint8Array, w: number, h: number, format: unknown): unknown };
  PF_BYTE_RGB: unknown;
  Light: { LT_SPOTLIGHT: unknown };
}

/** Rounds per operation; the reported figure is their median. */
const ROUNDS = 7;
/** Iterations per round (as in bench/swig_python.py). */
const ITERATIONS = 200_000;
/** Image sizes (RGB, 3 bytes a pixel): ≈ 4 MB and ≈ 64 MB. */
const IMAGES = { load4: [1024, 1365], load64: [4096, 5461] } as const;

/** Results land here so the optimiser cannot drop the calls. */
let sink: unknown;

type Loop = (fn: () => unknown, n: number) => unknown;
const nextTask = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Median ns per call of `fn` over {@link ROUNDS} rounds of `iterations` calls, after one warm-up round.
 * Each operation gets its own loop function (unique source, so V8 keeps its feedback apart), in
 * which `fn` is monomorphic and gets inlined — as timeit compiles the statement into its loop on
 * the Python side. Each timed round ends with one turn of the event loop, so finalizers scheduled
 * by the round's garbage (native deletes of JS-owned objects) run and are counted, as CPython's
 * refcounting frees inside its loop. With `--expose-gc`, a full GC runs before the warm-up.
 */
async function measure(name: string, fn: () => unknown, iterations: number): Promise<number> {
  const loop = new Function('fn', 'n', `/* ${name} */ let s; for (let i = 0; i < n; i++) s = fn(); return s;`) as Loop;
  const round = async () => {
    const t0 = process.hrtime.bigint();
    sink = loop(fn, iterations);
    await nextTask();
    return Number(process.hrtime.bigint() - t0) / iterations;
  };
  globalThis.gc?.(); // start clean: no garbage (or pending finalizers) left by the previous operation
  await nextTask();
  await round(); // warm-up: JIT tiers, inline caches, allocator
  const ns: number[] = [];
  for (let r = 0; r < ROUNDS; r++) ns.push(await round());
  ns.sort((a, b) => a - b);
  if (process.env.BENCH_VERBOSE) process.stderr.write(`${name}: ${ns.map((x) => x.toFixed(1)).join(' ')} (${typeof sink})\n`);
  return ns[ROUNDS >> 1]!;
}

/** Runs every operation and returns ns per call keyed by operation. */
async function runCalls(O: OgreApi): Promise<Record<string, number>> {
  const v = new O.Vector3(1, 2, 3);
  const w = new O.Vector3(4, 5, 6);
  const out: Record<string, number> = {};
  out.empty = await measure('empty', () => v, ITERATIONS);
  out.length = await measure('length', () => v.length(), ITERATIONS);
  out.dot = await measure('dot', () => v.dotProduct(w), ITERATIONS);
  out.dotArray = await measure('dotArray', () => v.dotProduct([4, 5, 6]), ITERATIONS);
  out.add = await measure('add', () => v.add(w), ITERATIONS);
  out.new = await measure('new', () => new O.Vector3(1, 2, 3), ITERATIONS);
  const q = new O.Quaternion(0.7071, 0, 0.7071, 0);
  out.qmul = await measure('qmul', () => q.mul(v), ITERATIONS);
  const m4 = O.Matrix4.IDENTITY;
  out.m4mul = await measure('m4mul', () => m4.mul(m4), ITERATIONS);
  out.m4t = await measure('m4t', () => m4.transpose(), ITERATIONS);
  // A silent log first (no render system is needed for a scene graph).
  new O.LogManager().createLog('bench.log', true, false, true);
  const root = new O.Root('', '', '');
  const scene = root.createSceneManager();
  const node = scene.getRootSceneNode().createChildSceneNode();
  out.getPosition = await measure('getPosition', () => node.getPosition(), ITERATIONS);
  // Enums both ways: a result mapped to its constant, a constant as the argument.
  const light = scene.createLight('bench');
  light.setType(O.Light.LT_SPOTLIGHT);
  out.enumResult = await measure('enumResult', () => light.getType(), ITERATIONS);
  out.enumArg = await measure('enumArg', () => light.setType(O.Light.LT_SPOTLIGHT), ITERATIONS);
  // Flat: the same call in short and long rounds (no per-object cost that grows with the count).
  out.add20k = await measure('add20k', () => v.add(w), 20_000);
  out.add2M = await measure('add2M', () => v.add(w), 2_000_000);
  for (const [key, [width, height]] of Object.entries(IMAGES)) {
    const img = new O.Image();
    const buf = new Uint8Array(width * height * 3);
    out[key] = await measure(key, () => img.loadDynamicImage(buf, width, height, O.PF_BYTE_RGB), ITERATIONS);
  }
  await directorCalls(O, root, out);
  return out;
}

/**
 * C++ calling a virtual method: `root._fireFrameStarted()` calls `frameStarted` of the one listener
 * added — a JS override (`director`), a JS subclass without one (`directorNone`: the trampoline runs
 * the C++ implementation), a plain C++ FrameListener (`directorPlain`).
 */
async function directorCalls(O: OgreApi, root: RootApi, out: Record<string, number>): Promise<void> {
  let frames = 0;
  class Counting extends O.FrameListener {
    override frameStarted(): boolean { frames++; return true; }
  }
  class Inheriting extends O.FrameListener {}
  const cases: [string, Listener][] = [['director', new Counting()], ['directorNone', new Inheriting()], ['directorPlain', new O.FrameListener()]];
  for (const [key, listener] of cases) {
    root.addFrameListener(listener);
    out[key] = await measure(key, () => root._fireFrameStarted(), ITERATIONS);
    root.removeFrameListener(listener);
  }
  if (frames === 0) throw new Error('the JS frameStarted was never called');
}

const ogreUrl = new URL('../generated/lib/ogre.js', import.meta.url).href;
const results = await runCalls((await import(ogreUrl)) as OgreApi);
process.stdout.write(`${JSON.stringify(results)}\n`);
