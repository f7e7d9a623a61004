// ogre-napi JS runtime: views over C++ memory. Results that are memory (`Image.getData()`) become
// typed arrays keeping their owner alive. Getters returning a field of their object by const
// reference (`node.getPosition()`) are read in place: the first call of each getter asks the addon
// where its reference points inside the object; a wrapper then gets one Float32Array over its
// object's memory, and each call copies the field's floats out of it into a new value, with no
// native call. The view goes with the wrapper: a destroyed object's wrapper refuses every call.
import { INTERNAL, NativeObject, selfAs } from './runtime.js';

/** Keeps a view's owner alive for as long as the view (and its buffer). */
const OWNER = Symbol('ogre-napi.owner');

/** A Uint8Array (or `Type`, a typed array class, over the same bytes) over native memory, kept valid by keeping `parent` alive. */
export function view(u8, parent, Type) {
  if (u8 === null) return null;
  Object.defineProperty(u8.buffer, OWNER, { value: parent });
  const v = Type ? new Type(u8.buffer, u8.byteOffset, Math.floor(u8.byteLength / Type.BYTES_PER_ELEMENT)) : u8;
  Object.defineProperty(v, OWNER, { value: parent });
  return v;
}

/**
 * What a module's getters need from its addon (the registers, the dispatcher and `$memory`), and
 * what they learnt: per getter (the spec's memberViews index), its field's float index in the
 * object (-1: not in it) and the object's size.
 */
export const memberViewAccess = (R, call, memory) => ({ R, call, memory, sites: [] });

function learn(access, p, id) {
  const { R } = access;
  R[0] = p;
  R[63] = id;
  access.call();
  return { at: R[0], bytes: R[1] };
}

/**
 * A copy of the field that getter `site` (native id `id`) returns, read from `o`'s memory, as a
 * `Result`; undefined when the getter's reference is not into the object (the caller calls it).
 */
export function memberValue(o, Cls, Result, site, id, access) {
  // A view exists only for a live wrapper whose brand was checked when it was made (kill drops it).
  let view = NativeObject.memory(o, Cls);
  const s = access.sites[site];
  if (view !== null && s !== undefined) return s.at < 0 ? undefined : new Result(INTERNAL, s.at, view);
  const p = selfAs(o, Cls);
  const learnt = s ?? (access.sites[site] = learn(access, p, id));
  if (learnt.at < 0) return undefined;
  if (view === null) {
    const R = access.R;
    R[0] = p;
    R[1] = learnt.bytes;
    view = new Float32Array(access.memory(), 0, learnt.bytes >> 2);
    NativeObject.setMemory(o, Cls, view);
  }
  return new Result(INTERNAL, learnt.at, view);
}
