// ogre-napi JS runtime: checks of arguments the generated dispatchers and conversions make (buffers,
// arrays of numbers, integers, records) and the errors naming method and parameter they throw.
import { describe } from './errors.js';
import { Enum } from './enums.js';

/** True for an ArrayBuffer or any ArrayBufferView. */
export const isBuffer = (v) => v instanceof ArrayBuffer || ArrayBuffer.isView(v) ||
  (typeof SharedArrayBuffer !== 'undefined' && v instanceof SharedArrayBuffer);

/**
 * TypeError for buffers whose memory can move or go away while C++ uses it: resizable
 * ArrayBuffers, growable SharedArrayBuffers (or views over them) and detached buffers.
 */
export function checkBuffer(v, where, param) {
  const b = ArrayBuffer.isView(v) ? v.buffer : v;
  if (b.resizable || b.growable) throw new TypeError(`${where}: parameter '${param}' is over a ${b.resizable ? 'resizable ArrayBuffer' : 'growable SharedArrayBuffer'}; C++ keeps raw pointers into it: pass a fixed-length buffer`);
  if (b.detached || (b.byteLength === 0 && isDetached(b))) throw new TypeError(`${where}: parameter '${param}' is over a detached ArrayBuffer`);
}

/** Node 20 has no ArrayBuffer.prototype.detached: a detached buffer refuses to make a view at offset 0 past its length. */
function isDetached(b) {
  if (!(b instanceof ArrayBuffer)) return false;
  try { new Uint8Array(b); return false; } catch { return true; }
}

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

/** RangeError for a NaN floating-point argument. */
export function notANumber(where, param) {
  throw new RangeError(`${where}: parameter '${param}' is NaN`);
}

/** TypeError for non-integers, RangeError outside [lo, hi]. */
export function checkInt(v, lo, hi, type, where, param) {
  if (!Number.isInteger(v)) {
    // An enum's value converts, as C++ promotes unscoped enums (the dispatcher took it as converting).
    if (v instanceof Enum) return checkInt(v.value, lo, hi, type, where, param);
    throw new TypeError(`${where}: parameter '${param}' must be an integer (${type}), got ${describe(v)}`);
  }
  if (v < lo || v > hi) throw new RangeError(`${where}: parameter '${param}' = ${v} is out of range for ${type} [${lo}, ${hi}]`);
}

