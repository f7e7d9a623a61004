// ogre-napi JS runtime: wrapper classes whose members are made on first use (the module defines
// ~630 class shells at import; each class's methods come from the members script when it is used).

/** The base of namespaces of functions (`Ogre.ImGui`), whose functions are made on first use too. */
export class Namespace {}

/** Classes whose members are not made yet → what makes them. */
const pending = new Map();

/** The stand-ins' handlers, by stand-in: lazy() tells them their class. */
const handlerOf = new WeakMap();

/**
 * The parent a class with members made on first use is declared with (`class X extends
 * rt.deferred(Base)`): a stand-in for `Base` whose `prototype` is a stand-in for `Base.prototype`.
 * Until lazy() names the class they behave as `Base`; then a lookup reaching either (a static or
 * a method the class does not have yet) makes the members, which puts the real parents in place,
 * and asks again. Nothing else changes at start-up (no prototype of an existing object is reset).
 */
export function deferred(Base) {
  const protoHandler = { __proto__: trapHandler, level: null, run: null, proto: null, parent: Base.prototype };
  const proto = new Proxy(STAND_IN_PROTOTYPE, protoHandler);
  const staticHandler = { __proto__: trapHandler, level: null, run: null, proto, protoHandler, parent: Base };
  const stand = new Proxy(StandIn, staticHandler);
  handlerOf.set(stand, staticHandler);
  return stand;
}

/**
 * The stand-ins' proxy targets, shared, never used for anything: a proxy of the parent itself
 * would have to give the parent's own `prototype` (a non-writable property) to `extends`.
 */
function StandIn() {}
const STAND_IN_PROTOTYPE = {};

/**
 * Defers a class's members (methods, accessors, statics, mixins) until first use: a module of
 * ~600 classes and ~12,000 methods loads in a fraction of the time. `make` runs when the class
 * is constructed (its constructor calls `L[index]`), when one of its bases is mixed in elsewhere,
 * or when a lookup misses the class or its prototype (the stand-ins of `deferred`).
 */
export function lazy(L, index, Cls, Base, make) {
  const run = () => {
    L[index] = null;
    pending.delete(Cls);
    Object.setPrototypeOf(Cls, Base);
    Object.setPrototypeOf(Cls.prototype, Base.prototype);
    make();
  };
  L[index] = run;
  pending.set(Cls, run);
  const h = handlerOf.get(Object.getPrototypeOf(Cls));
  h.level = Cls;
  h.run = run;
  h.protoHandler.level = Cls.prototype;
  h.protoHandler.run = run;
}

/**
 * Traps of the stand-ins. Before lazy() (`level` null) they are the parent, except that `extends`
 * reading the parent's `prototype` gets the prototype's stand-in.
 */
const trapHandler = {
  get(_t, key, receiver) {
    if (this.level === null) return key === 'prototype' && this.proto ? this.proto : Reflect.get(this.parent, key, receiver);
    this.run();
    return Reflect.get(this.level, key, receiver);
  },
  has(_t, key) {
    if (this.level === null) return Reflect.has(this.parent, key);
    this.run();
    return Reflect.has(this.level, key);
  },
  set(_t, key, value, receiver) {
    if (this.level === null) return Reflect.set(this.parent, key, value, receiver);
    this.run();
    return Reflect.set(this.level, key, value, receiver);
  },
  getPrototypeOf() {
    if (this.level === null) return Reflect.getPrototypeOf(this.parent);
    this.run();
    return Reflect.getPrototypeOf(this.level);
  },
};

/** Copies the members of `Members` (a class made on first use) onto `Cls` and its prototype. */
export function members(Cls, Members) {
  const { constructor, ...methods } = Object.getOwnPropertyDescriptors(Members.prototype);
  Object.defineProperties(Cls.prototype, methods);
  const { length, name, prototype, ...statics } = Object.getOwnPropertyDescriptors(Members);
  Object.defineProperties(Cls, statics);
}

/** Makes the members of `Cls` and its JS bases now (before copying them elsewhere). */
export function ready(Cls) {
  for (let C = Cls; C; C = Object.getPrototypeOf(C)) pending.get(C)?.();
}
