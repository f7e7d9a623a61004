// ogre-napi JS runtime: directors (JS subclasses whose overrides C++ calls) and what the engine holds.

/** Director classes → { names, thunks, bind } (see directors()). */
const directorInfo = new WeakMap();
/** Objects of JS subclasses connected to their trampolines (C++ may share these: see rt::Director::share). */
const directed = new WeakSet();

/** Whether `o` is a JS subclass's object whose overrides C++ calls. */
export const isDirected = (o) => directed.has(o);

/** Per JS subclass and director class: which overridable methods it overrides (a Uint8Array). */
const masks = new WeakMap();

/**
 * Registers a director class: the JS names of its overridable methods, one thunk per method (C++
 * calls it with the JS object as `this`: it converts the arguments, calls the override and checks
 * its result) and the native that connects a new C++ object to its JS object.
 */
export function directors(Cls, names, thunks, bind) {
  directorInfo.set(Cls, { names, thunks, bind });
}

/** The JS names of the methods C++ calls on JS subclasses of `Cls`, or null when `Cls` is not a director class. */
export function overridable(Cls) {
  return directorInfo.get(Cls)?.names ?? null;
}

/** Which of `Cls`'s overridable methods the subclass `Sub` defines itself (1) or inherits from `Cls` (0). */
function maskOf(Sub, Cls, names) {
  let byClass = masks.get(Sub);
  if (!byClass) masks.set(Sub, (byClass = new Map()));
  let mask = byClass.get(Cls);
  if (!mask) {
    mask = new Uint8Array(names.length);
    names.forEach((name, i) => {
      const f = Sub.prototype[name];
      mask[i] = typeof f === 'function' && f !== Cls.prototype[name] ? 1 : 0;
    });
    byClass.set(Cls, mask);
  }
  return mask;
}

/**
 * Connects a JS subclass's new object `o` to its C++ trampoline at address `p`: C++ now calls the
 * methods the subclass overrides. The trampoline refers to `o` weakly; whoever hands it to the
 * engine keeps it alive (lifetime rules), and JS deletes it when collected, as any object it made.
 */
export function direct(o, p, Cls, track) {
  const info = directorInfo.get(Cls);
  info.bind(p, o, maskOf(o.constructor, Cls, info.names), info.thunks);
  directed.add(o);
  track(o, p, Cls);
}

/** TypeError for an override's result of the wrong type (surfaces from the C++ call that made it). */
export function badResult(where, v, expected) {
  const got = v === null ? 'null' : typeof v === 'object' ? v.constructor?.name ?? 'object' : typeof v;
  throw new TypeError(`${where}: the JS override returned ${got}, expected ${expected}`);
}

/** What receivers hold for the engine, by the receiver's address: slot → Set of held objects. */
const held = new Map();

/** `add`: keeps `v` in the receiver's slot until a `remove` of the same slot (or the receiver's end). */
export function hold(address, slot, v) {
  if (v === null || v === undefined) return;
  let slots = held.get(address);
  if (!slots) held.set(address, (slots = new Map()));
  let set = slots.get(slot);
  if (!set) slots.set(slot, (set = new Set()));
  set.add(v);
}

/** `remove`: stops keeping `v`. */
export function release(address, slot, v) {
  const slots = held.get(address);
  const set = slots?.get(slot);
  if (!set) return;
  set.delete(v);
  if (set.size === 0) slots.delete(slot);
  if (slots.size === 0) held.delete(address);
}

/** `set`: the slot holds `v` alone (null empties it). */
export function holdOne(address, slot, v) {
  held.get(address)?.delete(slot);
  hold(address, slot, v);
}

/** The receiver at `address` is gone: what it held is free. */
export function releaseAll(address) {
  held.delete(address);
}

/** How many objects the receiver at `address` holds (all slots): for tests and diagnostics. */
export function heldCount(address) {
  let n = 0;
  for (const set of held.get(address)?.values() ?? []) n += set.size;
  return n;
}
