// ogre-napi JS runtime: the base of every wrapper class, ownership, identity, argument checks and errors.
// Generated wrapper classes call these; native functions receive object addresses as numbers.
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ready } from './lazyClasses.js';
import { direct as connect, releaseAll } from './directors.js';

export { Namespace, deferred, lazy, members, ready } from './lazyClasses.js';
export { loadAddon, loadMembers, loadScript, nativeFunction } from './loading.js';
export { badResult, directors, heldCount, hold, holdOne, overridable, release } from './directors.js';
export {
  FIELDS, FREEZE, LOAD, STORE, Value, ZEROS, assignValue, checkWritable, constant, frozen, setBool, setF32, setF64, setInt, slotsOf,
} from './values.js';

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
  #keep;
  #h = 0;
  constructor(token, p) {
    if (token !== INTERNAL) throw new TypeError(`${new.target.name} cannot be constructed from JavaScript`);
    this.#p = p;
  }
  /** The address (throws TypeError for non-wrappers: brand check). */
  static ptr(o) {
    return o.#p;
  }
  /** Remembers `value` under `key` for as long as this object lives (buffers C++ keeps using). */
  static keep(o, key, value) {
    (o.#keep ??= new Map()).set(key, value);
  }
  /** The address of the shared_ptr this wrapper holds (0: not a shared object). */
  static holder(o) {
    return o.#h;
  }
  static setHolder(o, h) {
    o.#h = h;
  }
  /** Marks the wrapper dead: every later call throws. */
  static kill(o) {
    o.#p = 0;
  }
}


/** The address behind `o`. */
export const self = (o) => NativeObject.ptr(o);
/**
 * The address of `o`'s `Cls` subobject: `o`'s own address plus the base's offset inside `o`'s
 * class (non-zero under multiple inheritance). Throws TypeError for non-wrappers.
 */
export function selfAs(o, Cls) {
  const p = NativeObject.ptr(o);
  const C = o.constructor;
  if (C === Cls) return p;
  const lazyOffsets = C[INFO].offsets;
  if (lazyOffsets === null || p === 0) return p;
  const offsets = lazyOffsets.value === undefined ? settleOffsets(lazyOffsets) : lazyOffsets.value;
  const offset = offsets?.[Cls.name];
  return offset ? p + offset : p;
}
/** An argument's address as class `Cls` (null stays null; a destroyed object is an Error). */
export function ptrOf(o, Cls) {
  if (o === null) return null;
  const p = selfAs(o, Cls);
  if (p === 0) throw new Error(`a ${o.constructor.name} argument was destroyed (its factory's destroy function was called)`);
  return p;
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
/** What static functions keep (C++ holds it for good: embedded archives). */
const keptForever = [];
/** Keeps `value` alive with `o` (a wrapper; a class for static functions: then for good). */
export const keep = (o, key, value) => (o instanceof NativeObject ? NativeObject.keep(o, key, value) : keptForever.push(value));
/** Marks `o` dead; what it held for the engine is released. */
export function kill(o) {
  releaseAll(NativeObject.ptr(o));
  NativeObject.kill(o);
}

/** A JS subclass's new object `o` of director class `Cls` at `p`: connected to its trampoline, owned by JS. */
export const direct = (o, p, Cls) => connect(o, p, Cls, track);

/** A FinalizationRegistry deleting owned objects through the native deleter (`release` deletes at once). */
export function owner(deleter) {
  const registry = new FinalizationRegistry((p) => { releaseAll(p); deleter(p); });
  registry.release = deleter;
  return registry;
}

/**
 * Records a class's C++ id, the ids of its native deleter (null when JS may not delete its objects)
 * and of the native giving its ancestors' subobject offsets by JS class name (`fn` makes functions
 * of such ids), and whether it is polymorphic.
 * The owner registry and the offsets are made when first needed (start-up makes ~600 classes),
 * inside holder objects: the class's own properties never change after this (V8 keeps it fast).
 */
export function register(Cls, cppId, deleter, offsets, polymorphic, fn) {
  Object.defineProperty(Cls, INFO, {
    value: {
      cppId,
      polymorphic,
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
  registryOf(Cls)?.register(o, p);
  if (Cls[INFO].polymorphic) remember(Cls, p, o);
}

/** Wraps an object returned by value (a heap copy owned by JS). */
export function own(Cls, p) {
  if (p === null || p === 0) return null;
  const o = new Cls(INTERNAL, p);
  registryOf(Cls)?.register(o, p);
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
 * object gives the same wrapper; a second holder for it is released at once.
 */
export function shared(Cls, p, h, registry) {
  if (p === 0) return null;
  let o = borrowed.get(Cls)?.get(p)?.deref();
  if (!o || NativeObject.ptr(o) !== p) {
    o = new Cls(INTERNAL, p);
    remember(Cls, p, o);
  }
  if (NativeObject.holder(o) === 0) {
    NativeObject.setHolder(o, h);
    registry.register(o, h);
  } else {
    registry.release(h);
  }
  return o;
}

/** Shared objects through the napi path (containers): [address, holder] in, [address, index, holder] out. */
export const sharedArg = (o, Cls) => (o === null ? null : [ptrOf(o, Cls), holderOf(o)]);
export const sharedResult = (classes, Cls, r, registry) => shared(classes[r[1]] ?? Cls, r[0], r[2], registry);

/** A Uint8Array (or `Type`, a typed array class, over the same bytes) over native memory, kept valid by keeping `parent` alive. */
export function view(u8, parent, Type) {
  if (u8 === null) return null;
  Object.defineProperty(u8.buffer, OWNER, { value: parent });
  const v = Type ? new Type(u8.buffer, u8.byteOffset, Math.floor(u8.byteLength / Type.BYTES_PER_ELEMENT)) : u8;
  Object.defineProperty(v, OWNER, { value: parent });
  return v;
}

/** True for an ArrayBuffer or any ArrayBufferView. */
export const isBuffer = (v) => v instanceof ArrayBuffer || ArrayBuffer.isView(v) ||
  (typeof SharedArrayBuffer !== 'undefined' && v instanceof SharedArrayBuffer);

/** True for an array of `min`..`max` numbers. */
export function isNumbers(v, min, max) {
  if (!Array.isArray(v) || v.length < min || v.length > max) return false;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'number') return false;
  return true;
}

/** True for a plain object whose every value passes `check` (string-keyed maps). */
export function isRecordOf(v, check) {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  for (const key in v) if (!check(v[key])) return false;
  return true;
}

/** A new plain object with `fn` applied to each value. */
export function mapValues(o, fn) {
  const out = {};
  for (const key in o) out[key] = fn(o[key]);
  return out;
}

/** TypeError naming method and parameter unless `v` is `min`..`max` numbers. */
export function checkNumbers(v, min, max, where, param) {
  if (isNumbers(v, min, max)) return;
  const want = min === max ? `${min}` : `${min} or ${max}`;
  throw new TypeError(`${where}: parameter '${param}' must be an array of ${want} numbers, got ${describe(v)}`);
}

/** TypeError for non-integers, RangeError outside [lo, hi]. */
export function checkInt(v, lo, hi, type, where, param) {
  if (!Number.isInteger(v)) throw new TypeError(`${where}: parameter '${param}' must be an integer (${type}), got ${describe(v)}`);
  if (v < lo || v > hi) throw new RangeError(`${where}: parameter '${param}' = ${v} is out of range for ${type} [${lo}, ${hi}]`);
}

/** A short description of a JS value for error messages. */
function describe(v) {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `array(${v.length})`;
  if (typeof v === 'object') return v.constructor?.name ?? 'object';
  if (typeof v === 'number') return `${v}`;
  return typeof v;
}

/** TypeError listing the candidate signatures when no overload accepts the arguments. */
const signatureFiles = [];
let signatureTable;

/** Where a generated module's candidate signatures are (read on the first overload error only). */
export function signaturesIn(moduleUrl, relativePath) {
  signatureFiles.push(resolve(dirname(fileURLToPath(moduleUrl)), relativePath));
  signatureTable = undefined;
}

function signaturesOf(where) {
  if (!signatureTable) {
    signatureTable = {};
    for (const file of signatureFiles) {
      try { Object.assign(signatureTable, createRequire(file)(file)); } catch { /* messages lose their candidates */ }
    }
  }
  return signatureTable[where] ?? [];
}

export function noOverload(where, args) {
  const signatures = signaturesOf(where);
  const got = Array.from(args, describe).join(', ');
  throw new TypeError(`${where}: no overload accepts (${got}); candidates:\n  ${signatures.join('\n  ')}`);
}

/** The JS class for engine exceptions: an Error with number, description, source, file and line. */
export function defineErrorClass(name, subclassSpecs = []) {
  const subclasses = {};
  const C = class extends Error {
    constructor(message, fields = {}) {
      // The engine names the exception's own class (`type`): construct that subclass instead.
      const Sub = new.target === C ? subclasses[fields.type] : undefined;
      if (Sub) return new Sub(message, fields);
      super(message);
      this.name = new.target.name;
      this.number = fields.number ?? -1;
      this.description = fields.description ?? message;
      this.source = fields.source ?? '';
      this.file = fields.file ?? '';
      this.line = fields.line ?? 0;
    }
    // The C++ accessors, for code ported from C++ or Python.
    getNumber() { return this.number; }
    getDescription() { return this.description; }
    getFullDescription() { return this.message; }
    getSource() { return this.source; }
    getFile() { return this.file; }
    getLine() { return this.line; }
    what() { return this.message; }
  };
  Object.defineProperty(C, 'name', { value: name });
  const byNumber = new Map();
  for (const { name: subName, number } of subclassSpecs) {
    const Sub = class extends C {};
    Object.defineProperty(Sub, 'name', { value: subName });
    subclasses[subName] = Sub;
    if (!byNumber.has(number)) byNumber.set(number, Sub);
  }
  C.subclasses = Object.freeze(subclasses);
  /** Throws the subclass for an error number, as the engine's exception factory does. */
  C.throwException = (number, description, source = '', file = '', line = 0) => {
    const E = byNumber.get(number) ?? C;
    throw new E(`${description}${source ? ` in ${source}` : ''}`, { number, description, source, file, line });
  };
  return C;
}
