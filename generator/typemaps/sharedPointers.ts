/**
 * Type map for std::shared_ptr<T> and the spec's other shared-pointer templates (`families.sharedPointers`):
 * typed as the pointee class (`null` for an empty one); the JS object holds a shared_ptr copy until collected.
 * An object of a JS subclass of a director class passed as one shares ownership of itself: while
 * C++ holds it, it keeps the JS object alive (rt::Director::share).
 */
import type { TypeRef } from '../model/index.js';
import { unqualified } from '../parse/typeRef.js';
import { isSpecializationOf, type TypeMap, type TypeMapEnv } from './TypeMap.js';
import { orNull, shapeOf, structural } from './shape.js';

/** A shared pointer's canonical name: std::shared_ptr or one of the spec's templates. */
const isShared = (name: string, env: TypeMapEnv) => name.startsWith('std::shared_ptr<') || isSpecializationOf(name, env.families?.sharedPointers);

/**
 * The pointee's canonical name: from the template argument, or from the spelling when a class
 * template's member was substituted as text (`SharedPtr<ControllerValue<float>>`).
 */
function pointeeName(inner: TypeRef, base: string): string {
  const arg = structural(inner).templateArgs?.[0];
  return typeof arg === 'object' ? unqualified(arg.canonical) : /^[\w:]+<(.+)>$/.exec(base)?.[1]?.trim() ?? '';
}

/** The bound pointee class and the C++ smart-pointer type, or undefined. */
function info(t: TypeRef, env: TypeMapEnv) {
  const s = shapeOf(t);
  if (s.by !== 'value' && s.by !== 'cref' && s.by !== 'ref') return undefined;
  if (!isShared(s.base, env)) return undefined;
  const cls = env.classOf(pointeeName(s.inner, s.base));
  // A non-const reference parameter gets a copy it may modify (`DataStreamPtr& stream` is read from).
  if (!cls) return undefined;
  // Spelled with the pointee's qualified name, whatever the header's spelling was.
  const smart = `${s.base.slice(0, s.base.indexOf('<'))}<${cls.cpp}>`;
  return { cls, smart, decl: s.by === 'ref' ? smart : `const ${smart}` };
}

/** Shared pointers to bound classes, by value or reference, both ways. */
export const sharedPointerMap: TypeMap = {
  name: 'shared pointer',
  matches: (t, _use, env) => info(t, env) !== undefined,
  // A nonNull shared pointer (C++ dereferences it) takes no null.
  tsIn: (t, env) => (t.nonNull ? info(t, env)!.cls.jsName : `${info(t, env)!.cls.jsName} | null`),
  tsOut: (t, env) => orNull(info(t, env)!.cls.jsName, t),
  jsCheck: (v, t, env) => (t.nonNull ? `${v} instanceof ${info(t, env)!.cls.jsName}` : `(${v} === null || ${v} instanceof ${info(t, env)!.cls.jsName})`),
  // JS-made objects C++ cannot share (no holder, no trampoline) are a TypeError before C++ sees them.
  jsValidate: (v, _t, _env, site) => `rt.checkShared(${v}, '${site.where}', '${site.param}');`,
  jsPass: (v, t, env) => `rt.sharedArg(${v}, ${info(t, env)!.cls.jsName})`,
  jsOut: (r, t, env) => `rt.sharedResult(C, ${info(t, env)!.cls.jsName}, ${r}, S)`,
  cppIn: (src, name, t, env) => {
    const { cls, smart, decl } = info(t, env)!;
    return `${decl} ${name} = rt::sharedFromArray<${cls.cpp}, ${smart}>(${src});`;
  },
  cppOut: (expr) => `rt::sharedToArray(env, ${expr})`,
  // R[k] = the object's address as T, R[k+1] = its shared_ptr holder (0 for null).
  regIn: {
    slots: () => 2,
    js: (v, k, t, env) => `if (${v} === null) { R[${k}] = 0; R[${k + 1}] = 0; } else { R[${k}] = rt.ptrOf(${v}, ${info(t, env)!.cls.jsName}); R[${k + 1}] = rt.holderOf(${v}); }`,
    cpp: (k, name, t, env) => {
      const { cls, smart, decl } = info(t, env)!;
      return `${decl} ${name} = rt::sharedArg<${cls.cpp}, ${smart}>(r[${k}], r[${k + 1}]);`;
    },
  },
  // R[0] = address, R[1] = most-derived class index, R[2] = a new holder (released by the finalizer).
  regOut: {
    cpp: (expr) => `rt::sharedResult(${expr}, r);`,
    js: (t, env) => `rt.shared(C[R[1]] ?? ${info(t, env)!.cls.jsName}, R[0], R[2], S)`,
  },
};

/**
 * Shared pointers to something other than a bound class (`SharedPtr<StringVector>`, `FileInfoListPtr`,
 * `AbstractNodeListPtr`): the pointee copied with its own type map, `null` for an empty pointer;
 * as a parameter, a new pointee made from the JS value.
 */
export const sharedValueMap: TypeMap = {
  name: 'shared value',
  matches: (t, use, env) => pointee(t, env, use) !== undefined,
  // A nonNull one (C++ dereferences it: `ScriptCompiler::_compile(nodes)`) takes no null.
  tsIn: (t, env) => { const p = pointee(t, env, 'in')!; return t.nonNull ? p.map.tsIn(p.t, env) : `${p.map.tsIn(p.t, env)} | null`; },
  tsOut: (t, env) => { const p = pointee(t, env, 'out')!; return orNull(p.map.tsOut(p.t, env), t); },
  jsCheck: (v, t, env) => { const p = pointee(t, env, 'in')!; return t.nonNull ? p.map.jsCheck(v, p.t, env) : `(${v} === null || ${p.map.jsCheck(v, p.t, env)})`; },
  jsValidate: (v, t, env, site) => { const p = pointee(t, env, 'in')!; const inner = p.map.jsValidate?.(v, p.t, env, site); return inner && `if (${v} !== null) { ${inner} }`; },
  jsPass: (v, t, env) => { const p = pointee(t, env, 'in')!; return p.map.jsPass ? `(${v} === null ? null : ${p.map.jsPass(v, p.t, env)})` : v; },
  jsOut: (r, t, env) => { const p = pointee(t, env, 'out')!; return p.map.jsOut ? `(${r} === null ? null : ${p.map.jsOut(r, p.t, env)})` : r; },
  cppIn: (src, name, t, env, site) => {
    const p = pointee(t, env, 'in')!;
    const s = shapeOf(t);
    const value = p.map.cppIn(src, `${name}_v`, p.t, env, site);
    const arg = p.map.cppArg ? p.map.cppArg(`${name}_v`, p.t, env) : `${name}_v`;
    return `${s.base} ${name}; if (!${src}.IsNull()) { ${value} ${name} = ${s.base}(new ${unqualified(p.t.canonical)}(${arg})); }`;
  },
  cppOut: (expr, t, env) => {
    const p = pointee(t, env, 'out')!;
    return `[&](const auto& sp) -> Napi::Value { return sp ? Napi::Value(${p.map.cppOut('(*sp)', p.t, env)}) : env.Null(); }(${expr})`;
  },
};

/** The pointee of a shared pointer to a non-class type with a type map that way. */
function pointee(t: TypeRef, env: TypeMapEnv, use: 'in' | 'out') {
  const s = shapeOf(t);
  if ((s.by !== 'value' && s.by !== 'cref') || !isShared(s.base, env)) return undefined;
  const arg = structural(s.inner).templateArgs?.[0];
  if (typeof arg !== 'object' || env.classOf(unqualified(arg.canonical))) return undefined;
  const map = env.find?.(arg, use);
  return map ? { t: arg, map } : undefined;
}
