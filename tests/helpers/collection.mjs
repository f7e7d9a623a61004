// GC test children's helpers (run with --expose-gc): watch objects for collection, and let the GC run.

/** Names of watched objects that have been collected. */
export const collected = new Set();
/** `registry.register(object, name)` watches an object: its name lands in `collected` once it is collected. */
export const registry = new FinalizationRegistry((name) => collected.add(name));

/** Full collections with turns of the event loop between them, so finalizers run. */
export async function settle() {
  for (let i = 0; i < 10; i++) {
    globalThis.gc();
    await new Promise((r) => setTimeout(r, 10));
  }
}
