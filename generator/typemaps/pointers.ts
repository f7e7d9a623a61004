/**
 * Results that point at values of other type maps: `const std::vector<float>*` (copied, `null`
 * for nullptr) and `std::unique_ptr<T>` members (the object, owned by C++).
 */
import type { TypeRef } from '../model/index.js';
import { unqualified } from '../parse/typeRef.js';
import type { TypeMap, TypeMapEnv } from './TypeMap.js';
import { orNull, shapeOf, structural } from './shape.js';

/** Map families a pointer result may point at: containers and strings (numbers are memory views, classes are wrapped). */
const POINTEES = new Set(['array', 'string map', 'keyed map', 'string', 'shared value']);

function pointee(t: TypeRef, env: TypeMapEnv) {
  const s = shapeOf(t);
  if (s.by !== 'ptr' && s.by !== 'cptr') return undefined;
  const map = env.find?.(s.inner, 'out');
  return map && POINTEES.has(map.name) ? { t: s.inner, map } : undefined;
}

/** Pointers to containers and strings as results: the value copied, or `null`. */
export const pointerToValueOutMap: TypeMap = {
  name: 'pointer to value',
  matches: (t, use, env) => use === 'out' && pointee(t, env) !== undefined,
  tsIn: () => 'never',
  tsOut: (t, env) => { const p = pointee(t, env)!; return orNull(p.map.tsOut(p.t, env), t); },
  jsCheck: () => 'false',
  jsOut: (r, t, env) => { const p = pointee(t, env)!; return p.map.jsOut ? `(${r} === null ? null : ${p.map.jsOut(r, p.t, env)})` : r; },
  cppIn: () => { throw new Error('pointers to values are results only'); },
  cppOut: (expr, t, env) => {
    const p = pointee(t, env)!;
    return `[&](const auto* p) -> Napi::Value { return p ? Napi::Value(${p.map.cppOut('(*p)', p.t, env)}) : env.Null(); }(${expr})`;
  },
};

const UNIQUE = /^std::unique_ptr</;

/** The bound class a `std::unique_ptr` result points at, as a `T*` type. */
function uniquePointee(t: TypeRef, env: TypeMapEnv): TypeRef | undefined {
  const s = shapeOf(t);
  if (s.by === 'ptr' || s.by === 'cptr' || !UNIQUE.test(s.base)) return undefined;
  const arg = structural(s.inner).templateArgs?.[0];
  // From the spelling when the type was rebuilt from text (elements of a typedef'd array).
  const id = typeof arg === 'object' ? unqualified(arg.canonical) : /^std::unique_ptr<(.+?)(?:, std::default_delete<.+>)?>$/.exec(s.base)?.[1];
  if (!id || !env.classOf(id)) return undefined;
  const pointee: TypeRef = typeof arg === 'object' ? arg : { kind: 'record', spelling: id, canonical: id, name: id };
  return { kind: 'pointer', spelling: `${id} *`, canonical: `${id} *`, pointee };
}

/** `const std::unique_ptr<T>&` results (elements of an engine-owned array): the object, borrowed, or `null`. */
export const uniquePointerOutMap: TypeMap = {
  name: 'unique pointer',
  // By reference, or a const element of an array result; a unique_ptr returned by value hands over ownership (not handled).
  matches: (t, use, env) => use === 'out' && (shapeOf(t).by !== 'value' || /^const /.test(t.canonical)) && uniquePointee(t, env) !== undefined,
  tsIn: () => 'never',
  tsOut: (t, env) => { const p = uniquePointee(t, env)!; return env.find!(p, 'out')!.tsOut(p, env); },
  jsCheck: () => 'false',
  jsOut: (r, t, env) => { const p = uniquePointee(t, env)!; return env.find!(p, 'out')!.jsOut!(r, p, env); },
  cppIn: () => { throw new Error('unique pointers are results only'); },
  cppOut: (expr, t, env) => { const p = uniquePointee(t, env)!; return env.find!(p, 'out')!.cppOut(`(${expr}).get()`, p, env); },
};
