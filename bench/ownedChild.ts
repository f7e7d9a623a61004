/** Bench child: objects JS owns through our OGRE bindings — `new Image()` with 20k/200k/2M Images alive, and `instanceof`. Prints JSON. */

interface OgreApi {
  Image: new () => object;
  MovablePlane: Record<string, unknown>;
  ParticleSystem: Record<string, unknown>;
  MovableObject: new () => object;
}

/** Rounds per figure (the median is reported) and calls per round, as in bench/calls.ts. */
const ROUNDS = 7;
const ITERATIONS = 200_000;
/** Live Images kept while `new Image()` is timed (BENCH_OWNED_LIVE to change). */
const LIVE = (process.env.BENCH_OWNED_LIVE ?? '20000,200000,2000000').split(',').map(Number);

let sink: unknown;
const nextTask = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Median ns per call of `fn`; each round ends with a turn of the event loop (finalizers run there). */
async function measure(name: string, fn: () => unknown): Promise<number> {
  const loop = new Function('fn', 'n', `/* ${name} */ let s; for (let i = 0; i < n; i++) s = fn(); return s;`) as (fn: () => unknown, n: number) => unknown;
  const round = async () => {
    const t0 = process.hrtime.bigint();
    sink = loop(fn, ITERATIONS);
    await nextTask();
    return Number(process.hrtime.bigint() - t0) / ITERATIONS;
  };
  await round();
  const ns: number[] = [];
  for (let r = 0; r < ROUNDS; r++) ns.push(await round());
  return ns.sort((a, b) => a - b)[ROUNDS >> 1]!;
}

const O = (await import(new URL('../generated/lib/ogre.js', import.meta.url).href)) as OgreApi;
const out: Record<string, number> = {};
const img = new O.Image();
out.instanceofPlain = await measure('instanceofPlain', () => img instanceof O.Image);
// Using classes that mix others in (a lookup on a class makes its members: MovablePlane's base
// MovableObject mixes in AnimableObject, ParticleSystem mixes in MovableObject) installs the mixin
// hook on their JS bases, one of which Image shares (AllocatedObject_0): `instanceof Image` then
// goes through the hook, and `instanceof MovableObject` misses through it.
sink = O.MovablePlane.noSuchStatic;
sink = O.ParticleSystem.noSuchStatic;
out.instanceof = await measure('instanceof', () => img instanceof O.Image);
out.instanceofMiss = await measure('instanceofMiss', () => img instanceof O.MovableObject);
let kept: object[] = [];
for (const live of LIVE) {
  while (kept.length < live) kept.push(new O.Image());
  globalThis.gc?.();
  out[`newImage${live}`] = await measure(`newImage${live}`, () => new O.Image());
}
sink = kept.length;
kept = [];
process.stdout.write(`${JSON.stringify(out)}\n`);
