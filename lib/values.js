// ogre-napi JS runtime: value classes (Vector3, Quaternion, Matrix4 …), JS objects holding their
// fields; generated classes extend Value and copy their fields to and from the shared registers.

/** A value's fields into register slots: `v[STORE](R, k)`; back out of them: `v[LOAD](R, k)`. */
export const STORE = Symbol('ogre-napi.store');
export const LOAD = Symbol('ogre-napi.load');
/** Makes a value (and the values it holds) read-only. */
export const FREEZE = Symbol('ogre-napi.freeze');
/** A value class's public field names, bases first. */
export const FIELDS = Symbol('ogre-napi.fields');
/** Zero slots, for values made before their fields are loaded. */
export const ZEROS = new Float64Array(64);

/** The base of value classes: iterable over its components, JSON as numbers, frozen on request. */
export class Value {
  // Frozen is Object.isFrozen: a flag field would cost every value made a field initialisation.
  static isFrozen(o) {
    return Object.isFrozen(o);
  }
  [FREEZE]() {
    Object.freeze(this);
  }
  /** `[...v]`: the components (every scalar, in C++ order). */
  [Symbol.iterator]() {
    const slots = [];
    this[STORE](slots, 0);
    return slots[Symbol.iterator]();
  }
  /**
   * The components as an array: C++'s `ptr()` points into the object, and a value class holds its
   * fields in JS, so this is a copy (kept for code ported from C++ or SWIG-Python).
   */
  ptr() {
    return [...this];
  }
  /** The public fields (`{ x, y, z }`), or the components when C++ keeps them private (Matrix4). */
  toJSON() {
    const names = this.constructor[FIELDS];
    if (!names.length) return [...this];
    const o = {};
    for (const name of names) o[name] = this[name];
    return o;
  }
}

/** `o`, frozen: writes to it throw TypeError (constants, references into engine state). */
export function frozen(o) {
  o[FREEZE]();
  return o;
}

/** TypeError when `o` is a frozen value (its changes would be lost or would write a constant). */
export function checkWritable(o, where, param) {
  if (o instanceof Value && Value.isFrozen(o)) {
    throw new TypeError(`${where}: ${param === 'this' ? 'the object' : `parameter '${param}'`} is read-only (a constant or a copy of engine state): copy it first, e.g. new ${o.constructor.name}(...value)`);
  }
}

function notNumber(o, v, where, what) {
  checkWritable(o, where, 'this');
  throw new TypeError(`${where}: must be ${what}, got ${v === null ? 'null' : typeof v}`);
}

/** A float field written: rounded as C++ stores it. */
export function setF32(o, v, where) {
  if (typeof v !== 'number') notNumber(o, v, where, 'a number');
  checkWritable(o, where, 'this');
  return Math.fround(v);
}

export function setF64(o, v, where) {
  if (typeof v !== 'number') notNumber(o, v, where, 'a number');
  checkWritable(o, where, 'this');
  return v;
}

export function setBool(o, v, where) {
  if (typeof v !== 'boolean') notNumber(o, v, where, 'a boolean');
  checkWritable(o, where, 'this');
  return v;
}

/** An integer field written: TypeError for non-integers, RangeError outside the C++ type's range. */
export function setInt(o, v, lo, hi, type, where) {
  if (!Number.isInteger(v)) notNumber(o, v, where, `an integer (${type})`);
  if (v < lo || v > hi) throw new RangeError(`${where}: ${v} is out of range for ${type} [${lo}, ${hi}]`);
  checkWritable(o, where, 'this');
  return v;
}

const scratch = new Float64Array(64);
/** Assigns a nested value field (`plane.normal = v`): copies `v` (an instance or its constructor's arguments) into `target`. */
export function assignValue(target, v, Cls, owner, where) {
  checkWritable(owner, where, 'this');
  const src = v instanceof Cls ? v : Array.isArray(v) ? new Cls(...v) : undefined;
  if (!src) throw new TypeError(`${where}: must be a ${Cls.name} or an array of its constructor's numbers`);
  src[STORE](scratch, 0);
  target[LOAD](scratch, 0);
}

/** A value's slots as a Float64Array (the napi path: full registers, containers). */
export function slotsOf(v) {
  const slots = [];
  v[STORE](slots, 0);
  return Float64Array.from(slots);
}

const constants = new Map();
/** An engine constant of value type (`Vector3.ZERO`): made once, frozen. */
export function constant(key, make) {
  let v = constants.get(key);
  if (v === undefined) constants.set(key, (v = frozen(make())));
  return v;
}
