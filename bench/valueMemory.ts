/** Bench child: 10M `v.add(w)` with a turn of the event loop every 100k; prints baseline and peak RSS (MB) as JSON. */
const CALLS = 10_000_000;
const YIELD_EVERY = 100_000;

interface Vec { add(w: Vec): Vec }
const ogreUrl = new URL('../generated/lib/ogre.js', import.meta.url).href;
const O = (await import(ogreUrl)) as { Vector3: new (x: number, y: number, z: number) => Vec };

const mb = () => process.memoryUsage().rss / 2 ** 20;
const v = new O.Vector3(1, 2, 3);
const w = new O.Vector3(4, 5, 6);
let sink: Vec = v;
for (let i = 0; i < 1000; i++) sink = v.add(w); // the code paths exist before the baseline
const baseline = mb();
let peak = baseline;
const t0 = performance.now();
for (let done = 0; done < CALLS; done += YIELD_EVERY) {
  for (let i = 0; i < YIELD_EVERY; i++) sink = v.add(w);
  await new Promise<void>((resolve) => setImmediate(resolve));
  peak = Math.max(peak, mb());
}
const seconds = (performance.now() - t0) / 1000;
process.stdout.write(`${JSON.stringify({ baseline, peak, seconds, sink: typeof sink })}\n`);
