/**
 * Type maps for std containers, copied both ways: vector/list/deque ↔ arrays, string-keyed maps ↔
 * plain objects, pair ↔ [first, second]. Elements use whatever type map handles their type.
 */
import type { TypeRef } from '../model/index.js';
import { isSpecializationOf, type TypeMap, type TypeMapEnv } from './TypeMap.js';
import { unqualified } from '../parse/typeRef.js';
import { shapeOf, structural } from './shape.js';

const SEQUENCE = /^std::(?:__cxx11::)?(?:vector|list|deque|set|multiset|unordered_set)</;
/** A standard sequence or one of the spec's sequence templates (`families.sequences`). */
const isSequence = (name: string, env: TypeMapEnv) => SEQUENCE.test(name) || isSpecializationOf(name, env.families?.sequences);
/** Read-only sequences: copied out, never built from JS. */
const SEQUENCE_OUT = /^std::array</;
const MAP = /^std::(?:map|unordered_map)<std::(?:__cxx11::)?basic_string<char/;
/** Maps with other keys (Map in JS) and multimaps (arrays of [key, value]). */
const KEYED = /^std::(?:map|unordered_map)</;
const MULTI = /^std::(?:multimap|unordered_multimap)</;
const PAIR = /^std::pair</;

/** Template argument `i` of the container behind `t` (through references and typedefs). */
function arg(t: TypeRef, i: number): TypeRef | undefined {
  const inner = structural(shapeOf(t).inner);
  const a = inner.templateArgs?.[i];
  return typeof a === 'object' ? a : undefined;
}

/**
 * The element's type map in both directions, or undefined. Elements that come out are never null:
 * containers of engine objects (children, attached objects, techniques …) hold objects, not gaps.
 */
function element(t: TypeRef, i: number, env: TypeMapEnv, use: 'in' | 'out'): { t: TypeRef; map: TypeMap } | undefined {
  const e = arg(t, i);
  const map = e && env.find?.(e, use);
  if (!e || !map) return undefined;
  return { t: use === 'out' ? { ...e, nonNull: true } : e, map };
}

/** By value or const reference; results also by reference (copied all the same). */
const byValue = (t: TypeRef, use: 'in' | 'out' = 'in') => ['value', 'cref', ...(use === 'out' ? ['ref'] : [])].includes(shapeOf(t).by);
/** A `const Container*` parameter (often optional, like createParams): null or the container. */
const byConstPointer = (t: TypeRef, use: 'in' | 'out') => use === 'in' && shapeOf(t).by === 'cptr';

/** Adapts a container type map to also take `const Container*` parameters (null → nullptr). */
function nullablePointer(map: TypeMap, isContainer: (name: string, env: TypeMapEnv) => boolean, elementIndex: number): TypeMap {
  return {
    ...map,
    matches: (t, use, env) => map.matches(t, use, env) ||
      (byConstPointer(t, use) && isContainer(cppType(t), env) && element(t, elementIndex, env, use) !== undefined),
    tsIn: (t, env) => (byConstPointer(t, 'in') ? `${map.tsIn(t, env)} | null` : map.tsIn(t, env)),
    jsCheck: (v, t, env) => (byConstPointer(t, 'in') ? `(${v} === null || ${map.jsCheck(v, t, env)})` : map.jsCheck(v, t, env)),
    jsValidate: (v, t, env, site) => {
      const inner = map.jsValidate?.(v, t, env, site);
      return inner && byConstPointer(t, 'in') ? `if (${v} !== null) { ${inner} }` : inner;
    },
    jsPass: (v, t, env) => {
      const inner = map.jsPass ? map.jsPass(v, t, env) : v;
      return byConstPointer(t, 'in') && inner !== v ? `(${v} === null ? null : ${inner})` : inner;
    },
    cppIn: (src, name, t, env, site) => (byConstPointer(t, 'in')
      ? `const bool ${name}_null = ${src}.IsNull(); ${map.cppIn(`(${name}_null ? Napi::Value(env, rt::emptyArray(env)) : ${src})`, name, t, env, site)}`
      : map.cppIn(src, name, t, env, site)),
    cppArg: (name, t) => (byConstPointer(t, 'in') ? `(${name}_null ? nullptr : &${name})` : name),
  };
}
/** `T[]`, parenthesised when T is a union. */
const arrayOf = (ts: string) => (/[|&\s]/.test(ts) ? `(${ts})[]` : `${ts}[]`);
const cppType = (t: TypeRef) => shapeOf(t).base;

/** JS statements validating element expression `x`. */
const validateEach = (e: { t: TypeRef; map: TypeMap }, env: TypeMapEnv, where: string, param: string) =>
  e.map.jsValidate?.('x', e.t, env, { where, param: `${param}[]` });

/** C++ lambda converting one napi element `item` to the element's C++ argument. */
function elementIn(e: { t: TypeRef; map: TypeMap }, env: TypeMapEnv, where: string, param: string): string {
  const decl = e.map.cppIn('item', 'x', e.t, env, { where, param: `${param}[]` });
  return `${decl} return ${e.map.cppArg ? e.map.cppArg('x', e.t, env) : 'x'};`;
}

/** Arrays ↔ std::vector / std::list / std::deque (copied). */
const arrayValueMap: TypeMap = {
  name: 'array',
  matches: (t, use, env) => byValue(t, use) && (isSequence(cppType(t), env) || (use === 'out' && SEQUENCE_OUT.test(cppType(t)))) && element(t, 0, env, use) !== undefined,
  tsIn: (t, env) => { const e = element(t, 0, env, 'in')!; return `readonly ${arrayOf(e.map.tsIn(e.t, env))}`; },
  tsOut: (t, env) => { const e = element(t, 0, env, 'out')!; return arrayOf(e.map.tsOut(e.t, env)); },
  jsCheck: (v, t, env) => { const e = element(t, 0, env, 'in')!; return `(Array.isArray(${v}) && ${v}.every((x) => ${e.map.jsCheck('x', e.t, env)}))`; },
  jsValidate: (v, t, env, site) => {
    const check = validateEach(element(t, 0, env, 'in')!, env, site.where, site.param);
    // A copy of the array: checking an element may convert it (numbers into a value class).
    return check ? `${v} = ${v}.map((x) => { ${check} return x; });` : undefined;
  },
  jsPass: (v, t, env) => { const e = element(t, 0, env, 'in')!; return e.map.jsPass ? `${v}.map((x) => ${e.map.jsPass('x', e.t, env)})` : v; },
  jsOut: (r, t, env) => { const e = element(t, 0, env, 'out')!; return e.map.jsOut ? `${r}.map((x) => ${e.map.jsOut('x', e.t, env)})` : r; },
  cppIn: (src, name, t, env, site) => {
    const e = element(t, 0, env, 'in')!;
    return `${cppType(t)} ${name}; rt::arrayIn(${src}, [&](const Napi::Value& item) { rt::addTo(${name}, [&]() { ${elementIn(e, env, site.where, site.param)} }()); });`;
  },
  cppOut: (expr, t, env) => {
    const e = element(t, 0, env, 'out')!;
    return `rt::arrayOut(env, ${expr}, [&](const auto& item) -> Napi::Value { return ${e.map.cppOut('item', e.t, env)}; })`;
  },
};

/** Plain objects ↔ std::map / unordered_map with string keys (Ogre's NameValuePairList). */
const stringMapValueMap: TypeMap = {
  name: 'string map',
  matches: (t, use, env) => byValue(t, use) && MAP.test(cppType(t)) && element(t, 1, env, use) !== undefined,
  tsIn: (t, env) => { const e = element(t, 1, env, 'in')!; return `Readonly<Record<string, ${e.map.tsIn(e.t, env)}>>`; },
  tsOut: (t, env) => { const e = element(t, 1, env, 'out')!; return `Record<string, ${e.map.tsOut(e.t, env)}>`; },
  jsCheck: (v, t, env) => { const e = element(t, 1, env, 'in')!; return `rt.isRecordOf(${v}, (x) => ${e.map.jsCheck('x', e.t, env)})`; },
  jsPass: (v, t, env) => { const e = element(t, 1, env, 'in')!; return e.map.jsPass ? `rt.mapValues(${v}, (x) => ${e.map.jsPass('x', e.t, env)})` : v; },
  jsOut: (r, t, env) => { const e = element(t, 1, env, 'out')!; return e.map.jsOut ? `rt.mapValues(${r}, (x) => ${e.map.jsOut('x', e.t, env)})` : r; },
  cppIn: (src, name, t, env, site) => {
    const e = element(t, 1, env, 'in')!;
    return `${cppType(t)} ${name}; rt::objectIn(${src}, [&](const std::string& key, const Napi::Value& item) { ${name}.emplace(key, [&]() { ${elementIn(e, env, site.where, site.param)} }()); });`;
  },
  cppOut: (expr, t, env) => {
    const e = element(t, 1, env, 'out')!;
    return `rt::objectOut(env, ${expr}, [&](const auto& item) -> Napi::Value { return ${e.map.cppOut('item', e.t, env)}; })`;
  },
};

/**
 * Maps with non-string keys ↔ `Map` (copied; `Map<number, NodeAnimationTrack>`); multimaps →
 * `[key, value][]` (keys repeat; results only).
 */
const keyedMapValueMap: TypeMap = {
  name: 'keyed map',
  matches: (t, use, env) => byValue(t, use) && (KEYED.test(cppType(t)) || (use === 'out' && MULTI.test(cppType(t)))) &&
    element(t, 0, env, use) !== undefined && element(t, 1, env, use) !== undefined,
  tsIn: (t, env) => {
    const [k, v] = [element(t, 0, env, 'in')!, element(t, 1, env, 'in')!];
    return `ReadonlyMap<${k.map.tsIn(k.t, env)}, ${v.map.tsIn(v.t, env)}>`;
  },
  tsOut: (t, env) => {
    const [k, v] = [element(t, 0, env, 'out')!, element(t, 1, env, 'out')!];
    const [ks, vs] = [k.map.tsOut(k.t, env), v.map.tsOut(v.t, env)];
    return MULTI.test(cppType(t)) ? `[${ks}, ${vs}][]` : `Map<${ks}, ${vs}>`;
  },
  jsCheck: (v, t, env) => {
    const [k, e] = [element(t, 0, env, 'in')!, element(t, 1, env, 'in')!];
    return `(${v} instanceof Map && [...${v}].every(([k, v]) => ${k.map.jsCheck('k', k.t, env)} && ${e.map.jsCheck('v', e.t, env)}))`;
  },
  // The native side reads an array of [key, value] pairs.
  jsPass: (v, t, env) => {
    const [k, e] = [element(t, 0, env, 'in')!, element(t, 1, env, 'in')!];
    const pass = (x: typeof k, s: string) => (x.map.jsPass ? x.map.jsPass(s, x.t, env) : s);
    return `Array.from(${v}, ([k, v]) => [${pass(k, 'k')}, ${pass(e, 'v')}])`;
  },
  jsOut: (r, t, env) => {
    const [k, v] = [element(t, 0, env, 'out')!, element(t, 1, env, 'out')!];
    const conv = (e: typeof k, x: string) => (e.map.jsOut ? e.map.jsOut(x, e.t, env) : x);
    const pairs = k.map.jsOut || v.map.jsOut ? `${r}.map(([k, v]) => [${conv(k, 'k')}, ${conv(v, 'v')}])` : r;
    return MULTI.test(cppType(t)) ? pairs : `new Map(${pairs})`;
  },
  cppIn: (src, name, t, env, site) => {
    const [k, v] = [element(t, 0, env, 'in')!, element(t, 1, env, 'in')!];
    const one = (e: typeof k, i: number) => `[&](const Napi::Value& item) { ${elementIn(e, env, site.where, site.param)} }(rt::element(pair, ${i}))`;
    return `${cppType(t)} ${name}; rt::arrayIn(${src}, [&](const Napi::Value& pair) { ${name}.emplace(${one(k, 0)}, ${one(v, 1)}); });`;
  },
  cppOut: (expr, t, env) => {
    const [k, v] = [element(t, 0, env, 'out')!, element(t, 1, env, 'out')!];
    return `rt::entriesOut(env, ${expr}, [&](const auto& item) -> Napi::Value { return ${k.map.cppOut('item', k.t, env)}; }, [&](const auto& item) -> Napi::Value { return ${v.map.cppOut('item', v.t, env)}; })`;
  },
};
export { keyedMapValueMap as keyedMapMap };

/**
 * Results that are references to fixed-size C++ arrays (`const Vector3 (&)[8]`) and arrays C++
 * fills (`Vector3 akEigenvector[3]`, an out-parameter): copied into arrays.
 */
export const fixedArrayOutMap: TypeMap = {
  name: 'fixed array',
  matches: (t, use, env) => use === 'out' && fixedElement(t, env) !== undefined,
  tsIn: () => 'never',
  tsOut: (t, env) => { const e = fixedElement(t, env)!; return arrayOf(e.map.tsOut(e.t, env)); },
  jsCheck: () => 'false',
  jsOut: (r, t, env) => { const e = fixedElement(t, env)!; return e.map.jsOut ? `${r}.map((x) => ${e.map.jsOut('x', e.t, env)})` : r; },
  cppIn: () => { throw new Error('fixed arrays are results only'); },
  outLocal: (name, t) => `${unqualified(t.pointee!.canonical)} ${name}[${t.arraySize}]{};`,
  cppOut: (expr, t, env) => {
    const e = fixedElement(t, env)!;
    return `rt::arrayOut(env, ${expr}, [&](const auto& item) -> Napi::Value { return ${e.map.cppOut('item', e.t, env)}; })`;
  },
};

function fixedElement(t: TypeRef, env: TypeMapEnv) {
  const a = t.kind === 'lvalue-ref' ? t.pointee : t.kind === 'array' ? t : undefined;
  let element = a?.kind === 'array' && a.arraySize !== undefined ? a.pointee : undefined;
  // Through a typedef (`const Frustum::Corners&`): the element type from the canonical spelling.
  const spelled = a?.kind === 'typedef' ? /^(const )?(.+?)\s*\[\d+\]$/.exec(a.canonical) : undefined;
  if (!element && spelled) element = { kind: 'record', spelling: spelled[0], canonical: `${spelled[1] ?? ''}${spelled[2]}`, name: spelled[2] };
  const map = element && env.find?.(element, 'out');
  return element && map ? { t: element, map } : undefined;
}

/** Arrays ↔ std::vector / std::list / std::deque, by value, const reference or const pointer. */
export const arrayMap = nullablePointer(arrayValueMap, isSequence, 0);
/** Plain objects ↔ string-keyed maps, by value, const reference or const pointer. */
export const stringMapMap = nullablePointer(stringMapValueMap, (name) => MAP.test(name), 1);

/** `[first, second]` ↔ std::pair. */
export const pairMap: TypeMap = {
  name: 'pair',
  matches: (t, use, env) => byValue(t) && PAIR.test(cppType(t)) && element(t, 0, env, use) !== undefined && element(t, 1, env, use) !== undefined,
  tsIn: (t, env) => `readonly [${[0, 1].map((i) => { const e = element(t, i, env, 'in')!; return e.map.tsIn(e.t, env); }).join(', ')}]`,
  tsOut: (t, env) => `[${[0, 1].map((i) => { const e = element(t, i, env, 'out')!; return e.map.tsOut(e.t, env); }).join(', ')}]`,
  jsCheck: (v, t, env) => {
    const [a, b] = [element(t, 0, env, 'in')!, element(t, 1, env, 'in')!];
    return `(Array.isArray(${v}) && ${v}.length === 2 && ${a.map.jsCheck(`${v}[0]`, a.t, env)} && ${b.map.jsCheck(`${v}[1]`, b.t, env)})`;
  },
  jsPass: (v, t, env) => {
    const [a, b] = [element(t, 0, env, 'in')!, element(t, 1, env, 'in')!];
    const pass = (e: typeof a, x: string) => (e.map.jsPass ? e.map.jsPass(x, e.t, env) : x);
    return a.map.jsPass || b.map.jsPass ? `[${pass(a, `${v}[0]`)}, ${pass(b, `${v}[1]`)}]` : v;
  },
  jsOut: (r, t, env) => {
    const [a, b] = [element(t, 0, env, 'out')!, element(t, 1, env, 'out')!];
    const out = (e: typeof a, x: string) => (e.map.jsOut ? e.map.jsOut(x, e.t, env) : x);
    return a.map.jsOut || b.map.jsOut ? `[${out(a, `${r}[0]`)}, ${out(b, `${r}[1]`)}]` : r;
  },
  cppIn: (src, name, t, env, site) => {
    const [a, b] = [element(t, 0, env, 'in')!, element(t, 1, env, 'in')!];
    const one = (e: typeof a, i: number) => `[&](const Napi::Value& item) { ${elementIn(e, env, site.where, site.param)} }(rt::element(${src}, ${i}))`;
    return `const ${cppType(t)} ${name}(${one(a, 0)}, ${one(b, 1)});`;
  },
  cppOut: (expr, t, env) => {
    const [a, b] = [element(t, 0, env, 'out')!, element(t, 1, env, 'out')!];
    return `[&](const auto& p) -> Napi::Value { Napi::Array out = Napi::Array::New(env, 2); out.Set(0u, ${a.map.cppOut('p.first', a.t, env)}); out.Set(1u, ${b.map.cppOut('p.second', b.t, env)}); return out; }(${expr})`;
  },
};
