// ogre-napi JS runtime: wrappers that die with another one: the parts of an object (members it returns
// by reference, elements it holds) and objects kept using an engine object (a helper made for it, an
// argument C++ keeps a pointer to). The engine destroying the one makes using the others an Error.
import { NativeObject, keep, kill } from './runtime.js';

const DEPENDENTS = Symbol('ogre-napi.dependents');
const WHOLE = Symbol('ogre-napi.whole');

/** Kills what depends on `o`, which `cause` just killed (naming what it was to them). */
export function killDependents(o, cause) {
  const dependents = NativeObject.kept(o, DEPENDENTS);
  if (dependents === undefined) return;
  const name = NativeObject.brandOf(o)?.name ?? 'object';
  for (const { ref, how } of dependents.values()) {
    const d = ref.deref();
    if (d !== undefined && NativeObject.ptr(d) !== 0) kill(d, `${cause ?? 'its destruction'}, with the ${name} it ${how}`);
  }
  dependents.clear();
}

/** Records that wrapper `d` dies with wrapper `on` (`how`: what `d` was to it, for the error message). */
function addDependent(on, d, how) {
  let dependents = NativeObject.kept(on, DEPENDENTS);
  if (dependents === undefined) NativeObject.keep(on, DEPENDENTS, (dependents = new Map()));
  const p = NativeObject.ptr(d);
  if (dependents.get(p)?.ref.deref() === d) return;
  dependents.set(p, { ref: new WeakRef(d), how });
  // Many seen over time (elements of a long-lived container): drop those collected.
  if (dependents.size % 256 === 0) for (const [q, e] of dependents) if (e.ref.deref() === undefined) dependents.delete(q);
}

/**
 * Records result `part` as something `whole` owns (a member returned by reference, an element it
 * holds: a spec rule): its wrapper dies when `whole`'s does. Objects JS owns are never parts.
 */
export function partOf(whole, part) {
  if (part === whole || !(part instanceof NativeObject) || !(whole instanceof NativeObject) || NativeObject.owned(part) !== null) return;
  // The whole's wrapper lives while the part's does (a part first seen elsewhere was not borrowed from
  // it): the engine destroying the whole finds it, and so this part.
  if (NativeObject.kept(part, WHOLE) !== whole) NativeObject.keep(part, WHOLE, whole);
  addDependent(whole, part, 'belonged to');
}

/**
 * An argument C++ keeps a pointer to (a keepAlive rule): `o` keeps it alive, and when the engine
 * destroys it anyway (its owner did), `o` cannot be used any more: an Error, not a dangling pointer.
 */
export function keepArg(o, key, value) {
  // A replaced argument (setCamera(other)) no longer takes `o` with it.
  const before = o instanceof NativeObject ? NativeObject.kept(o, key) : undefined;
  if (before instanceof NativeObject && before !== value) {
    const dependents = NativeObject.kept(before, DEPENDENTS);
    if (dependents?.get(NativeObject.ptr(o))?.ref.deref() === o) dependents.delete(NativeObject.ptr(o));
  }
  keep(o, key, value);
  if (o instanceof NativeObject && value instanceof NativeObject && value !== o) addDependent(value, o, 'used');
}
