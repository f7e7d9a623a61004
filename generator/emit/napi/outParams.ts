/**
 * Parameters C++ writes through (out-parameters: not JS arguments, their values come back in the
 * result) or reads and updates (in-out: a JS argument whose updated value comes back too).
 */
import type { TypeRef } from '../../model/index.js';
import type { TypeMap, TypeMapEnv, TypeMapRegistry } from '../../typemaps/index.js';

/**
 * A parameter C++ writes a result into (`float& hue`, `StringVector& keys`, `KeyFrame** k`): not a
 * JS argument (unless in-out); its value comes back as a field of the result object.
 */
export interface OutParam {
  name: string; type: TypeRef; map: TypeMap; before: number;
  /** C++ takes the local's address (`KeyFrame** keyFrame1`). */
  address?: boolean;
  /** Also a JS argument, the local's initial value (`String* name`): the param at `before` is it. */
  inout?: boolean;
}

/** Type maps for what a pointer parameter may point at and come back as (strings, containers, shared pointers). */
const INOUT_MAPS = new Set(['string', 'array', 'string map', 'keyed map', 'shared pointer', 'shared value']);

/**
 * `T**` to a bound class or a handle (C++ sets the pointer) or `T[N]` of bound class values (C++ fills the
 * array): out-parameters C++ writes through, not JS arguments.
 */
export function pointerOut(t: TypeRef, env: TypeMapEnv): { type: TypeRef; address: boolean } | undefined {
  const inner = t.pointee;
  if (!inner || /^const /.test(inner.canonical)) return undefined;
  if (t.kind === 'pointer' && inner.kind === 'pointer' && inner.pointee && env.classOf(inner.pointee.canonical)) return { type: inner, address: true };
  // A handle C++ sets (`void** p_user_data`, `ImGuiMemAllocFunc* p_alloc_func`).
  if (t.kind === 'pointer' && /^void \*$|\(\*\)/.test(inner.canonical)) return { type: inner, address: true };
  if (t.kind === 'array' && t.arraySize !== undefined && env.classOf(inner.canonical)) return { type: t, address: false };
  return undefined;
}

/**
 * `T*` to a string, container or shared pointer: C++ may read and change it (`String* name`); so
 * may a `T&` the spec names in-out.
 */
export function inoutType(registry: TypeMapRegistry, t: TypeRef, declared: boolean): { type: TypeRef; in: TypeMap; out: TypeMap } | undefined {
  const inner = t.kind === 'pointer' || (declared && t.kind === 'lvalue-ref') ? t.pointee : undefined;
  if (!inner || inner.const || /^const /.test(inner.canonical)) return undefined;
  const inMap = registry.find(inner, 'in');
  const outMap = registry.find(inner, 'out');
  return inMap && outMap && INOUT_MAPS.has(inMap.name) && INOUT_MAPS.has(outMap.name) ? { type: inner, in: inMap, out: outMap } : undefined;
}

/** `T&` to a non-class value type: C++ writes its result there. */
export function outType(t: TypeRef, env: TypeMapEnv): TypeRef | undefined {
  const inner = t.kind === 'lvalue-ref' ? t.pointee : undefined;
  if (!inner || inner.const || /^const /.test(inner.canonical)) return undefined;
  return env.classOf(inner.canonical) ? undefined : inner;
}

