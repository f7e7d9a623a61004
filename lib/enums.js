// ogre-napi JS runtime: bound enums as classes extending Number, whose members are canonical frozen instances.
import { setInt } from './values.js';

/** Lets only this file construct enum values. */
const MAKE = Symbol('ogre-napi.enum');
/** An enum's values by number: `dense` for small non-negative ones (an array lookup), `sparse` for the rest. */
const TABLE = Symbol('ogre-napi.enumTable');
/** Largest value kept in the dense array (flag enums reach 2^31; those go to the map). */
const DENSE_MAX = 4096;
/** Enum classes by their JS path (`PixelFormat`, `Light.LightTypes`), for error messages. */
const byPath = new Map();

/**
 * The base of every bound enum: a `Number` (arithmetic, `toFixed`, `==`, `a | b`, template strings
 * and `Number(x)` work) whose instances are the enum's values, one per number. `value` and `name`
 * are own properties, so generated code reads the number without a conversion call.
 */
export class Enum extends Number {
  constructor(token, value, name) {
    if (token !== MAKE) throw new TypeError(`${new.target.path ?? 'Enum'}: enum values are its constants, not constructed`);
    super(value);
    Object.defineProperty(this, 'value', { value });
    Object.defineProperty(this, 'name', { value: name });
    Object.freeze(this);
  }
  /** The number, whatever the hint: property keys (`PixelFormat[fmt]`) and template strings see the number. */
  [Symbol.toPrimitive]() { return this.value; }
  toJSON() { return this.value; }
  [Symbol.for('nodejs.util.inspect.custom')]() {
    const path = this.constructor.path;
    return this.name === undefined ? `${path}(${this.value})` : `${path}.${this.name}`;
  }
}

/**
 * The class of one bound enum: its members as statics (aliases share one instance) and, as a
 * TypeScript enum has, names by value (`PixelFormat['10']`; the last declared name wins).
 */
export function defineEnum(path, members) {
  const name = path.slice(path.lastIndexOf('.') + 1);
  const E = { [name]: class extends Enum {} }[name];
  const reverse = new Map();
  for (const [key, value] of Object.entries(members)) reverse.set(value, key);
  const table = { dense: [], sparse: new Map(), E, reverse };
  Object.defineProperty(E, 'path', { value: path });
  Object.defineProperty(E, TABLE, { value: table });
  for (const [key, value] of Object.entries(members)) {
    if (Object.hasOwn(E, key)) throw new Error(`enum ${path}: member ${key} clashes with a property of its class`);
    Object.defineProperty(E, key, { value: valueOf(table, value), enumerable: true });
  }
  for (const [value, key] of reverse) Object.defineProperty(E, String(value), { value: key, enumerable: true });
  Object.freeze(E.prototype);
  Object.freeze(E);
  byPath.set(path, E);
  return E;
}

/** The canonical instance of `E` for number `v` (a C++ result): a member, or one cached instance per other value. */
export function enumOf(E, v) {
  return E[TABLE].dense[v] ?? valueOf(E[TABLE], v);
}

function valueOf(table, v) {
  const dense = Number.isInteger(v) && v >= 0 && v <= DENSE_MAX;
  let e = dense ? table.dense[v] : table.sparse.get(v);
  if (e === undefined) {
    e = new table.E(MAKE, v, table.reverse.get(v));
    if (dense) table.dense[v] = e;
    else table.sparse.set(v, e);
  }
  return e;
}

/** The enum class of a JS path (`Light.LightTypes`), if one is bound. */
export function enumClass(path) {
  return byPath.get(path);
}

/** An enum field of a value class written: the enum's own value, or a number in its range (as an argument takes them). */
export function setEnum(o, v, E, lo, hi, where) {
  if (v instanceof Enum && !(v instanceof E)) throw new TypeError(`${where}: must be ${E.path}, got ${v.constructor.path}.${v.name ?? v.value}`);
  return setInt(o, v instanceof E ? v.value : v, lo, hi, E.path, where);
}
