/** Bench child: one finalization mechanism at one count of live objects; prints ns per object as JSON. */
import { createRequire } from 'node:module';

/** The bench addon (bench/native/finalizers.cpp). */
interface Addon {
  alloc(): number;
  free(p: number): void;
  freeMany(a: Float64Array, n: number): void;
  wrap(o: object): void;
  wrapListed(o: object): void;
  wrapPost?(o: object): void;
  flush(): void;
  live(): number;
}

/** A mechanism: how a JS object comes to own a native payload, and how leftovers are freed. */
interface Mechanism { make(): object; settle?(): void }

const [name, liveArg, addonPath] = process.argv.slice(2);
const LIVE = Number(liveArg);
/** Temporaries made (and dropped) while LIVE objects are kept. */
const CHURN = 200_000;
/** Temporaries between two turns of the event loop. */
const CHUNK = 10_000;
const N = createRequire(import.meta.url)(addonPath!) as Addon;
const gc = globalThis.gc!;

/** Arena size for one registration per batch. */
const ARENA = 256;
/** Addresses whose wrappers died, freed in one native call per this many. */
const BATCH = 1024;

function mechanism(kind: string): Mechanism {
  switch (kind) {
    case 'none': // a plain object with the address: nothing frees it (the floor)
      return { make: () => ({ p: N.alloc() }) };
    case 'registry': {
      const r = new FinalizationRegistry<number>((p) => N.free(p));
      return { make: () => { const o = { p: N.alloc() }; r.register(o, o.p); return o; } };
    }
    case 'registry-batched': {
      const dead = new Float64Array(BATCH);
      let n = 0;
      const flush = () => { N.freeMany(dead, n); n = 0; };
      const r = new FinalizationRegistry<number>((p) => {
        if (n === 0) queueMicrotask(() => n && flush());
        dead[n++] = p;
        if (n === BATCH) flush();
      });
      return { make: () => { const o = { p: N.alloc() }; r.register(o, o.p); return o; } };
    }
    case 'registry-arena': { // one registration per ARENA objects: freed when all of them died
      const r = new FinalizationRegistry<Float64Array>((a) => N.freeMany(a, a.length));
      let token: object = {};
      let list = new Float64Array(ARENA);
      let n = 0;
      return {
        make: () => {
          if (n === ARENA) { r.register(token, list); token = {}; list = new Float64Array(ARENA); n = 0; }
          const o = { p: N.alloc(), arena: token };
          list[n++] = o.p;
          return o;
        },
        settle: () => { r.register(token, list.subarray(0, n)); token = {}; list = new Float64Array(ARENA); n = 0; },
      };
    }
    case 'napi_wrap':
    case 'napi_wrap-in-gc':
      return { make: () => { const o = { p: 0 }; N.wrap(o); return o; } };
    case 'napi_wrap-post':
      return { make: () => { const o = { p: 0 }; N.wrapPost!(o); return o; } };
    case 'napi_wrap-list':
      return { make: () => { const o = { p: 0 }; N.wrapListed(o); return o; }, settle: () => N.flush() };
    default:
      throw new Error(`unknown mechanism ${kind}`);
  }
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
/** Full collections until at most `target` payloads are live (the mechanisms free on later turns). */
async function collect(m: Mechanism, target: number): Promise<boolean> {
  for (let i = 0; i < (name === 'none' ? 1 : 50); i++) {
    m.settle?.();
    gc();
    await tick();
    await tick();
    if (N.live() <= target) return true;
  }
  return false;
}

const m = mechanism(name!);
let sink: unknown;
gc();
let t0 = process.hrtime.bigint();
let kept: object[] = new Array(LIVE);
for (let i = 0; i < LIVE; i++) kept[i] = m.make();
const create = Number(process.hrtime.bigint() - t0) / LIVE;

// Temporaries while LIVE objects stay, in chunks with a turn of the event loop between (where
// finalizers run): what a program's garbage costs. `backlog`: the share not yet freed at the end.
t0 = process.hrtime.bigint();
for (let done = 0; done < CHURN; done += CHUNK) {
  for (let i = 0; i < CHUNK; i++) sink = m.make();
  await tick();
}
sink = null;
const churn = Number(process.hrtime.bigint() - t0) / CHURN;
const backlog = name === 'none' ? 1 : (N.live() - LIVE) / CHURN;
// (An arena shared by the last kept objects and the first temporaries lives on with the kept.)
const churnFreed = (await collect(m, LIVE + (name === 'registry-arena' ? ARENA : 0))) || name === 'none';
// Reading `kept` here keeps it alive across the awaits above (V8 drops a local no later code reads).
const keptAlive = kept.length === LIVE && N.live() >= LIVE;

// All of them dropped and collected.
t0 = process.hrtime.bigint();
kept = [];
const allFreed = (await collect(m, 0)) || name === 'none';
if (process.env.BENCH_VERBOSE) process.stderr.write(`${name} at ${LIVE}: ${N.live()} payloads left\n`);
const reclaim = Number(process.hrtime.bigint() - t0) / LIVE;
process.stdout.write(`${JSON.stringify({ create, churn, backlog, reclaim, freed: churnFreed && allFreed && keptAlive, sink: typeof sink })}\n`);
