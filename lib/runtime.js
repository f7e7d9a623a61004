// ogre-napi JS runtime: the base of every wrapper class, ownership, identity, argument checks and errors.
// Generated wrapper classes call these; native functions receive object addresses as numbers.
import { markAsUntransferable } from 'node:worker_threads';
import { CAUSE, destroyed, globalClasses, notA, runningCall } from './errors.js';
import { ready } from './lazyClasses.js';
import { loadAddon as loadAddonFile } from './loading.js';
import { direct as connect, isDirected, releaseAll } from './directors.js';
import { isBuffer } from './arguments.js';

export { Namespace, deferred, lazy, members, ready } from './lazyClasses.js';
export { defineErrorClass, noOverload, notThis, signaturesIn } from './errors.js';
export { Enum, defineEnum, enumOf, setEnum } from './enums.js';
export { checkBuffer, checkInt, checkNumbers, isBuffer, isNumbers, isRecordOf, mapValues, notANumber } from './arguments.js';
export { loadMembers, loadScript, nativeFunction } from './loading.js';
export { valueMath } from './valueMath.js';
export { notOwnedByJs, ownedByJs, owner } from './ownership.js';
export { keepArg, partOf } from './dependents.js';
import { killDependents, partOf } from './dependents.js';
import { disown, disposeObject, owner, ownBy } from './ownership.js';
export { memberValue, memberViewAccess, view } from './memoryViews.js';
export { badResult, directors, heldCount, hold, holdOne, overridable, release } from './directors.js';
export {
  FIELDS, FREEZE, LOAD, STORE, Value, ZEROS, assignValue, checkWritable, constant, frozen, setBool, setF32, setF64, setInt, slotsOf,
} from './values.js';

/** Loads a generated module's addon and gives it the function its engine listeners report destroyed objects to. */
export function loadAddon(moduleUrl, relativePath) {
  const N = loadAddonFile(moduleUrl, relativePath);
  N.$setDestroyedHandler?.(destroyedAt);
  return N;
}

/** Token that lets generated code wrap an existing native object. */
export const INTERNAL = Symbol('ogre-napi.internal');
/** Node's custom inspect hook. */
export const inspect = Symbol.for('nodejs.util.inspect.custom');

const OWNER = Symbol('ogre-napi.owner');
/** A class's facts (see register). */
const INFO = Symbol('ogre-napi.info');

/** Base of every wrapper: holds the C++ address in a private field and what must outlive it. */
export class NativeObject {
  #p;
  /** The brand: the bound class whose C++ object `#p` is (not whatever prototype the object has). */
  #c;
  #keep;
  #h = 0;
  /** A Float32Array over the C++ object's `#mc` subobject, for fields read in place (see memoryViews.js). */
  #m = null;
  #mc = null;
  /** What JS owns of the C++ object: its finalizer's cell `{ registry, p, shared }` (null: the engine owns it). */
  #own = null;
  constructor(token, p) {
    if (token !== INTERNAL) throw new TypeError(`${new.target.name} cannot be constructed from JavaScript`);
    this.#p = p;
    this.#c = new.target;
  }
  /** The address (throws TypeError for non-wrappers). */
  static ptr(o) {
    return o.#p;
  }
  /** The bound class of the C++ object behind `o`; undefined for anything that is not a wrapper. */
  static brandOf(o) {
    return typeof o === 'object' && o !== null && #c in o ? o.#c : undefined;
  }
  /** Sets the brand of a newly constructed object (its class's constructor made the C++ object). */
  static setBrand(o, Cls) {
    o.#c = Cls;
  }
  /** Remembers `value` under `key` for as long as this object lives (buffers C++ keeps using). */
  static keep(o, key, value) {
    (o.#keep ??= new Map()).set(key, value);
  }
  /** What `o` keeps under `key`. */
  static kept(o, key) {
    return o.#keep?.get(key);
  }
  /** The address of the shared_ptr this wrapper holds (0: not a shared object). */
  static holder(o) {
    return o.#h;
  }
  static setHolder(o, h) {
    o.#h = h;
  }
  /** The view of `o`'s `Cls` subobject's memory (null when none is made yet). */
  static memory(o, Cls) {
    return typeof o === 'object' && o !== null && #mc in o && o.#mc === Cls ? o.#m : null;
  }
  static setMemory(o, Cls, view) {
    o.#m = view;
    o.#mc = Cls;
  }
  /** The finalizer cell of what this wrapper owns (null when the engine owns its object). */
  static owned(o) {
    return o.#own;
  }
  static setOwned(o, cell) {
    o.#own = cell;
  }
  /** Marks the wrapper dead: every later call throws. */
  static kill(o) {
    o.#p = 0;
    o.#m = null;
  }

  /**
   * Deletes the C++ object now instead of when collected (objects created from JS, and the
   * reference to a shared object this wrapper holds); every later use throws. Engine objects are
   * destroyed through their owner instead (a TypeError here). Disposing twice does nothing.
   */
  dispose() {
    disposeObject(this);
  }
  /** `using x = new Ogre.Image()`: disposed at the end of the block. */
  [Symbol.dispose]() {
    disposeObject(this);
  }
}

/** The address behind `o`. */
export const self = (o) => NativeObject.ptr(o);
/**
 * The address of `o`'s `Cls` subobject: `o`'s own address plus the base's offset inside `o`'s
 * class (non-zero under multiple inheritance). TypeError unless `o`'s C++ object is a `Cls` (the
 * brand, not the prototype, decides: `Vector3.prototype.length.call(image)` is refused); Error
 * when it was destroyed.
 */
export const selfAs = (o, Cls) => addressAs(o, Cls, 'this');
/** An argument's address as class `Cls` (null stays null; a destroyed object is an Error). */
export const ptrOf = (o, Cls) => (o === null ? null : addressAs(o, Cls, 'argument'));

/** `o`'s `Cls` subobject address, checked: a TypeError naming `role` when `o` is no `Cls`, an Error when destroyed. */
function addressAs(o, Cls, role) {
  const C = NativeObject.brandOf(o);
  const offset = C === Cls ? 0 : C === undefined ? -1 : offsetIn(C, Cls);
  if (offset < 0) return notA(o, Cls, role);
  const p = NativeObject.ptr(o);
  return p === 0 ? destroyed(o, Cls) : p + offset;
}

/** The offset of the `Cls` subobject in a `C` object; -1 when `C` is not `Cls` or derived from it (cached per class). */
function offsetIn(C, Cls) {
  const info = C[INFO];
  // The last answer first: a loop calling one base's method on one class skips the Map.
  if (info.lastCast === Cls) return info.lastOffset;
  const casts = (info.casts ??= new Map());
  let offset = casts.get(Cls);
  if (offset === undefined) {
    ready(C);
    if (!derives(C, Cls)) offset = -1;
    else {
      const lazyOffsets = info.offsets;
      const offsets = lazyOffsets === null ? null : lazyOffsets.value === undefined ? settleOffsets(lazyOffsets) : lazyOffsets.value;
      offset = offsets?.[Cls.name] ?? 0;
    }
    casts.set(Cls, offset);
  }
  info.lastCast = Cls;
  info.lastOffset = offset;
  return offset;
}

const secondary = new Map();
/** Bumped by every mixin: the cached answers of `mixedInto` are stale after one. */
let mixinEpoch = 0;
/**
 * Multiple inheritance: `Cls` gets the methods and accessors of its secondary base `Base` (and its
 * bases) that it does not define, and `instanceof Base` holds for `Cls` objects.
 */
export function mixin(Cls, Base) {
  ready(Base);
  mixinEpoch++;
  for (let proto = Base.prototype; proto && proto !== NativeObject.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const key of Reflect.ownKeys(proto)) {
      if (key === 'constructor' || key in Cls.prototype) continue;
      Object.defineProperty(Cls.prototype, key, Object.getOwnPropertyDescriptor(proto, key));
    }
    // `instanceof` holds for Base and each of its JS bases.
    const Ancestor = proto.constructor;
    let subclasses = secondary.get(Ancestor);
    if (!subclasses) {
      secondary.set(Ancestor, (subclasses = new Set()));
      if (!Object.hasOwn(Ancestor, Symbol.hasInstance)) Object.defineProperty(Ancestor, Symbol.hasInstance, { value: hasInstance });
    }
    subclasses.add(Cls);
  }
}

/** Per class: the prototypes of every class mixing it in, directly or through other mixins (an array). */
const mixedIntoCache = new Map();
/**
 * The prototypes whose objects are `instanceof Cls` through mixins: the classes reachable from
 * `Cls` in the mixin graph (it can have cycles: InstanceBatch mixes in MovableObject, BillboardChain
 * Renderable). Computed once per class and mixin epoch, so `instanceof` itself allocates nothing.
 */
function mixedInto(Cls) {
  const cached = mixedIntoCache.get(Cls);
  if (cached !== undefined && cached.epoch === mixinEpoch) return cached.protos;
  const protos = [];
  const todo = [Cls];
  const seen = new Set(todo);
  while (todo.length) {
    for (const S of secondary.get(todo.pop()) ?? []) {
      if (seen.has(S)) continue;
      seen.add(S);
      protos.push(S.prototype);
      todo.push(S);
    }
  }
  mixedIntoCache.set(Cls, { epoch: mixinEpoch, protos });
  return protos;
}

const ordinaryHasInstance = Function.prototype[Symbol.hasInstance];
/**
 * `o instanceof this`: through the prototype chain, or through a class that mixes `this` in.
 * Classes inherit the hook from their JS bases, so it asks about `this`.
 */
function hasInstance(o) {
  if (ordinaryHasInstance.call(this, o)) return true;
  const protos = mixedInto(this);
  for (let i = 0; i < protos.length; i++) if (protos[i].isPrototypeOf(o)) return true;
  return false;
}
/** Whether class `C` is `Cls` or derives from it, through JS bases or mixed-in secondary bases. */
function derives(C, Cls, seen = new Set()) {
  if (C === Cls || Object.prototype.isPrototypeOf.call(Cls.prototype, C.prototype)) return true;
  for (const S of secondary.get(Cls) ?? []) {
    if (seen.has(S)) continue;
    seen.add(S);
    if (derives(C, S, seen)) return true;
  }
  return false;
}

/** What static functions keep (C++ holds it for good: embedded archives). */
const keptForever = [];
/** Keeps `value` alive with `o` (a wrapper; a class for static functions: then for good). */
export function keep(o, key, value) {
  const isWrapper = o instanceof NativeObject;
  // The same buffer again (a loop reloading one image): already kept, already marked.
  if (isWrapper && NativeObject.kept(o, key) === value) return;
  // C++ holds a raw pointer into the buffer: postMessage/structuredClone may not move its memory away.
  if (isBuffer(value)) untransferable(ArrayBuffer.isView(value) ? value.buffer : value);
  if (isWrapper) NativeObject.keep(o, key, value);
  else keptForever.push(value);
}

/** Marks an ArrayBuffer so that transferring it (postMessage, structuredClone's transfer list) throws. */
function untransferable(buffer) {
  if (buffer instanceof ArrayBuffer) markAsUntransferable(buffer);
}
/**
 * Marks `o` dead; what it held for the engine is released. `cause` (e.g.
 * "SceneManager.destroyCamera()") is named when it is used again.
 */
export function kill(o, cause) {
  releaseAll(NativeObject.ptr(o));
  NativeObject.kill(o);
  if (cause) NativeObject.keep(o, CAUSE, cause);
  // What it owned went with it; what kept a pointer to it cannot be used.
  killDependents(o, cause);
}

/** `whole` took `part` over (a spec `adopts` entry): JS no longer deletes it, and it dies with `whole`. */
export function adopt(whole, part) {
  disown(part);
  // As if borrowed from `whole`: what ends the objects obtained through it (killAll) ends this one.
  keep(part, OWNER, whole);
  remember(part.constructor, NativeObject.ptr(part), part);
  partOf(whole, part);
}

/** A JS subclass's new object `o` of director class `Cls` at `p`: connected to its trampoline, owned by JS. */
export const direct = (o, p, Cls) => connect(o, p, Cls, track);

/**
 * Records a class's C++ id, the ids of its native deleter (null when JS may not delete its objects)
 * and of the native giving its ancestors' subobject offsets by JS class name (`fn` makes functions
 * of such ids), and whether it is polymorphic.
 * The owner registry and the offsets are made when first needed (start-up makes ~600 classes),
 * inside holder objects: the class's own properties never change after this (V8 keeps it fast).
 */
export function register(Cls, cppId, deleter, offsets, polymorphic, fn) {
  globalClasses[Cls.name] ??= Cls;
  Object.defineProperty(Cls, INFO, {
    value: {
      cppId,
      polymorphic,
      casts: null,
      lastCast: null,
      lastOffset: 0,
      owner: deleter === null ? null : { deleter, fn, registry: null },
      offsets: offsets === null ? null : { read: offsets, fn, value: undefined },
      // The last object borrowed without an owner (arguments the engine hands a director, valid during the call).
      last: null,
      lastAddress: 0,
    },
  });
}

/** The offsets of a class's bases that are not 0 (null when all are), read once from the addon. */
function settleOffsets(lazy) {
  const moved = Object.entries(lazy.fn(lazy.read)()).filter(([, off]) => off !== 0);
  lazy.value = moved.length ? Object.fromEntries(moved) : null;
  return lazy.value;
}

/** The registry deleting a class's objects when collected (null when JS may not delete them). */
function registryOf(Cls) {
  const o = Cls[INFO].owner;
  return o === null ? null : o.registry ?? (o.registry = owner(o.fn(o.deleter)));
}

/**
 * A newly constructed object owned by JS: deleted when collected. Polymorphic objects are also
 * remembered by address, so the engine handing them back (through any base) gives this object.
 */
export function track(o, p, Cls) {
  NativeObject.setBrand(o, Cls);
  if (isSingleton(Cls)) keepEarlierSingletons(o);
  registryOf(Cls)?.watch(o, p);
  if (Cls[INFO].polymorphic) remember(Cls, p, o);
}

/**
 * Engine singletons a script created (classes with a static getSingleton: Root, LogManager …): a
 * later one uses the earlier ones through getSingleton() whether or not JS still refers to them
 * (Root logs through a LogManager made before it), so it keeps them alive: the garbage collector
 * never deletes a LogManager under a live Root. A singleton alone is deleted when collected.
 */
const singletons = new Set();
const isSingleton = (Cls) => typeof Cls.getSingleton === 'function';
function keepEarlierSingletons(o) {
  let i = 0;
  for (const ref of singletons) {
    const earlier = ref.deref();
    if (earlier === undefined) singletons.delete(ref);
    else if (NativeObject.ptr(earlier) !== 0) NativeObject.keep(o, `singleton${i++}`, earlier);
  }
  singletons.add(new WeakRef(o));
}

/** Wraps an object returned by value (a heap copy owned by JS). */
export function own(Cls, p) {
  if (p === null || p === 0) return null;
  const o = new Cls(INTERNAL, p);
  registryOf(Cls)?.watch(o, p);
  return o;
}

const borrowed = new Map();
/** Polymorphic objects by address, whatever class wrapped them (a SceneNode reaching a listener as a Node). */
const polymorphs = new Map();
// Swept with the class caches (its key is no class).
borrowed.set(Symbol('polymorphs'), polymorphs);
/** Identity cache: class → address → WeakRef of its wrapper. */
function remember(Cls, p, o) {
  let cache = borrowed.get(Cls);
  if (!cache) borrowed.set(Cls, (cache = new Map()));
  const ref = new WeakRef(o);
  cache.set(p, ref);
  if (Cls[INFO]?.polymorphic) polymorphs.set(p, ref);
  sweep.added = true;
  if (!sweep.armed) armSweep();
}

/** Entries of the identity cache (live wrappers and, until swept, collected ones). */
export function identityCacheSize() {
  let n = 0;
  for (const cache of borrowed.values()) n += cache.size;
  return n;
}

/**
 * Pruning the identity cache without a finalizer per wrapper: a throw-away object registered here
 * dies in the next garbage collection, and its callback sweeps a slice of the cache, dropping the
 * entries whose wrapper was collected (or killed), then re-arms while the cache is not empty. A
 * collection costs at most one slice; passes that find nothing to drop, with nothing added
 * meanwhile, space the next pass out (up to 64 collections), so a large stable cache costs little.
 */
const sweeper = new FinalizationRegistry(sweepSlice);
/** Entries looked at per collection. */
const SWEEP_SLICE = 2048;
const sweep = { armed: false, added: false, dropped: 0, wait: 0, idle: 0, caches: null, cache: null, entries: null };
function armSweep() {
  sweep.armed = true;
  sweeper.register({}, 0);
}
function sweepSlice() {
  sweep.armed = false;
  if (sweep.added) sweep.idle = sweep.wait = 0;
  if (sweep.wait > 0) sweep.wait--;
  else if (sweepSome(SWEEP_SLICE)) {
    // A pass is complete.
    sweep.idle = sweep.dropped === 0 && !sweep.added ? Math.min(2 * sweep.idle || 1, 64) : 0;
    sweep.wait = sweep.idle;
    sweep.dropped = 0;
    sweep.added = false;
  }
  if (identityCacheSize() > 0) armSweep();
}
/** Looks at up to `budget` entries; true when that completes a pass over the cache. */
function sweepSome(budget) {
  while (budget > 0) {
    if (sweep.entries === null) {
      sweep.caches ??= borrowed.values();
      const next = sweep.caches.next();
      if (next.done) {
        sweep.caches = null;
        return true;
      }
      sweep.cache = next.value;
      sweep.entries = next.value.entries();
    }
    for (;;) {
      const next = sweep.entries.next();
      if (next.done) {
        sweep.entries = null;
        break;
      }
      const [p, ref] = next.value;
      const o = ref.deref();
      if (o === undefined || NativeObject.ptr(o) !== p) {
        sweep.cache.delete(p);
        sweep.dropped++;
      }
      if (--budget === 0) return false;
    }
  }
  return false;
}

/**
 * Wraps an object someone else owns; `parent` (the receiver) stays alive while the wrapper does.
 * The same C++ object gives the same JS object while that is alive.
 */
export function borrow(Cls, p, parent) {
  if (p === null || p === 0) return null;
  if (parent instanceof NativeObject && NativeObject.ptr(parent) === p && parent instanceof Cls) return parent;
  // Without an owner to keep alive, the last such object of the class is held strongly: the engine
  // passes a director the same object again and again (a FrameEvent each frame), and WeakRef.deref
  // and double-keyed Map lookups are most of the cost of a director call.
  const info = Cls[INFO];
  const ownerless = parent === null || parent === undefined;
  if (ownerless && info.lastAddress === p && NativeObject.ptr(info.last) === p) return info.last;
  const o = borrowSlow(Cls, p, parent);
  if (ownerless) {
    info.last = o;
    info.lastAddress = p;
  }
  return o;
}

function borrowSlow(Cls, p, parent) {
  const hit = borrowed.get(Cls)?.get(p)?.deref();
  if (hit && NativeObject.ptr(hit) === p) return hit;
  // The same object seen through a base class: the wrapper of its most-derived class, if alive.
  const seen = Cls[INFO]?.polymorphic ? polymorphs.get(p)?.deref() : undefined;
  if (seen && NativeObject.ptr(seen) === p && seen instanceof Cls) return seen;
  const o = new Cls(INTERNAL, p);
  if (parent !== null && parent !== undefined && typeof parent === 'object') keep(o, OWNER, parent);
  remember(Cls, p, o);
  return o;
}

/**
 * Kills the live wrappers of `classes` (and their subclasses) after a call that destroyed them
 * wholesale; with a `receiver`, only those obtained through it (their owner chain reaches it).
 * Objects JS owns are left alone: the call did not destroy those.
 */
export function killAll(classes, cause, receiver) {
  for (const [Cls, cache] of borrowed) {
    if (!classes.some((K) => derives(Cls, K))) continue;
    for (const [p, ref] of cache) {
      const o = ref.deref();
      if (o === undefined) { cache.delete(p); continue; }
      if (NativeObject.ptr(o) !== p || NativeObject.owned(o) !== null) continue;
      if (receiver && !ownedThrough(o, receiver)) continue;
      kill(o, cause);
      cache.delete(p);
    }
  }
}

/** True when `o` was obtained through `receiver` (directly or through wrappers obtained from it). */
function ownedThrough(o, receiver) {
  for (let at = NativeObject.kept(o, OWNER), hops = 0; at !== undefined && hops < 64; at = NativeObject.kept(at, OWNER), hops++) {
    if (at === receiver) return true;
    if (!(at instanceof NativeObject)) return false;
  }
  return false;
}

/**
 * The engine destroyed the C++ objects at these addresses (its listeners said so, during the
 * native call that returns now): their wrappers die, naming `cause`. An address of 0 with a cause
 * means every engine-owned wrapper dies (the engine itself went away).
 */
export function destroyedAt(addresses, causesOf) {
  const call = runningCall();
  const dying = new Map();
  for (let i = 0; i < addresses.length; i++) {
    const cause = call ? `${call} (${causesOf[i]})` : causesOf[i];
    if (addresses[i] === 0) killAll([NativeObject], cause, null);
    else dying.set(addresses[i], cause);
  }
  if (!dying.size) return;
  for (const cache of borrowed.values()) {
    for (const [p, cause] of dying) {
      const o = cache.get(p)?.deref();
      if (o === undefined) continue;
      cache.delete(p);
      if (NativeObject.ptr(o) !== p) continue;
      // An object JS created that the engine destroyed (a child node destroyed with its parent): never deleted again.
      disown(o);
      kill(o, cause);
    }
  }
}

/**
 * A polymorphic object that came as [address, bound class index] (rt::dynamicValue), or null:
 * wrapped as its most-derived class `C[index]`, else as `Cls`.
 */
export function borrowDynamic(C, Cls, v, parent) {
  return v === null ? null : borrow(C[v[1]] ?? Cls, v[0], parent);
}

/** The shared_ptr holder of argument `o` (0 when it is not a shared object). */
export const holderOf = (o) => NativeObject.holder(o);

/**
 * Wraps a shared object: the wrapper holds holder `h` (a shared_ptr copy) until collected. The same
 * object gives the same wrapper; a second holder for it is released at once, and so is one for an
 * object JS owns (holding it would keep it alive for good: its ownership keeps the JS object alive).
 */
export function shared(Cls, p, h, registry) {
  if (p === 0) return null;
  let o = borrowed.get(Cls)?.get(p)?.deref();
  if (!o || NativeObject.ptr(o) !== p) {
    o = new Cls(INTERNAL, p);
    remember(Cls, p, o);
  }
  // A JS-owned object C++ shares (a director handed over as a shared pointer) is JS's already.
  if (NativeObject.holder(o) === 0 && NativeObject.owned(o) === null) {
    NativeObject.setHolder(o, h);
    ownBy(o, registry, h, true);
  } else {
    registry.release(h);
  }
  return o;
}

/**
 * TypeError naming the parameter unless C++ can take shared ownership of `o`: null, an object a
 * shared pointer holds, or a JS subclass's object (its trampoline shares ownership of itself).
 */
export function checkShared(o, where, param) {
  if (o === null || NativeObject.holder(o) !== 0 || isDirected(o)) return;
  throw new TypeError(`${where}: parameter '${param}' takes shared ownership, and no shared pointer holds this ${o.constructor.name}: pass one the engine made, or an object of a JS subclass`);
}

/** A `returns: 'shared'` result: shared when its owner gave holder `h`, else borrowed from `parent` (`h` is 0). */
export function sharedOrBorrowed(Cls, p, h, registry, parent) {
  return h === 0 ? borrow(Cls, p, parent) : shared(Cls, p, h, registry);
}

/** Shared objects through the napi path (containers): [address, holder] in, [address, index, holder] out. */
export const sharedArg = (o, Cls) => (o === null ? null : [ptrOf(o, Cls), holderOf(o)]);
export const sharedResult = (classes, Cls, r, registry) => shared(classes[r[1]] ?? Cls, r[0], r[2], registry);
