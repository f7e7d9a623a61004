// ogre-napi JS runtime: objects JS owns. A wrapper that owns its C++ object (or a shared pointer's
// holder) is deleted when collected, through its module's FinalizationRegistry, or at once by dispose().
import { releaseAll } from './directors.js';
import { NativeObject, kill } from './runtime.js';

/**
 * A wrapper owning its object (or a shared holder) is registered for finalization with a cell
 * `{ registry, p, shared }`, also kept in the wrapper (NativeObject.owned). No unregister token and no
 * WeakMap: both cost more than the rest of making a wrapper. Disowning zeroes `p`, so a finalizer
 * that runs later deletes nothing.
 */
export function ownBy(o, registry, p, shared) {
  const cell = { registry, p, shared };
  registry.register(o, cell);
  NativeObject.setOwned(o, cell);
}

/** `o` no longer owns its object (disposed, or the engine destroyed it): its finalizer does nothing. */
export function disown(o) {
  const cell = NativeObject.owned(o);
  if (cell === null) return;
  NativeObject.setOwned(o, null);
  cell.p = 0;
}

/** dispose(): deletes what `o` owns now; TypeError for engine-owned objects. */
export function disposeObject(o) {
  const reg = NativeObject.brandOf(o) === undefined ? null : NativeObject.owned(o);
  if (reg === null) {
    if (NativeObject.brandOf(o) !== undefined && NativeObject.ptr(o) === 0) return;
    throw new TypeError(`${o?.constructor?.name}.dispose: this object belongs to the engine; destroy it through its owner (e.g. SceneManager.destroy…())`);
  }
  // Deleting first: a refusal (a director object C++ still shares) leaves the object as it was.
  reg.registry.release(reg.p);
  disown(o);
  if (reg.shared) NativeObject.setHolder(o, 0);
  kill(o, `${o.constructor.name}.dispose()`);
}

/**
 * A destroy function's argument (`factory.destroyInstance(x)`, `destroyVertexDeclaration(x)`) must be
 * something its engine owner made: C++ would delete an object JS owns, and JS would delete it again.
 */
export function notOwnedByJs(o, where, param) {
  const reg = NativeObject.brandOf(o) === undefined ? null : NativeObject.owned(o);
  if (reg !== null && !reg.shared) {
    throw new TypeError(`${where}: ${param} was created from JavaScript (it is deleted when collected, or by dispose()); only what the engine's factory made can be destroyed here`);
  }
}

/** An argument the receiver takes over (a spec `adopts` entry) must be JS's to give: made with `new`, not disposed or given already. */
export function ownedByJs(o, where, param) {
  const reg = NativeObject.brandOf(o) === undefined ? null : NativeObject.owned(o);
  if (reg === null || reg.shared) {
    throw new TypeError(`${where}: ${param} is not JavaScript's to give (the engine holds it already): pass an object made with new`);
  }
}

/** A FinalizationRegistry deleting owned objects through the native deleter (`release` deletes at once). */
export function owner(deleter) {
  // A finalizer has no caller to throw to: an error there (a destructor throwing) is a warning, not an exit.
  const registry = new FinalizationRegistry((cell) => {
    const p = cell.p;
    if (p === 0) return;
    try {
      releaseAll(p);
      deleter(p);
    } catch (e) {
      process.emitWarning(`ogre-napi: deleting a collected object failed: ${e?.message ?? e}`);
    }
  });
  registry.release = deleter;
  registry.watch = (o, p) => ownBy(o, registry, p, false);
  return registry;
}
