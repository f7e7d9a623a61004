/** Type map for bound classes by value, const reference, reference and pointer (`null` only for pointers). */
import type { TypeMap, TypeMapEnv } from './TypeMap.js';
import { orNull, shapeOf } from './shape.js';

/** Bound classes; by-value results need a copyable class. */
export const classMap: TypeMap = {
  name: 'class',
  matches: (t, use, env) => {
    const s = shapeOf(t);
    const cls = env.classOf(s.base);
    // Value classes have no address to pass (values.ts handles them; pointers to them have no map).
    if (!cls || cls.value) return false;
    return use === 'in' || s.by !== 'value' || cls.copyable;
  },
  tsIn: (t, env) => {
    const s = shapeOf(t);
    const js = env.classOf(s.base)!.jsName;
    return (s.by === 'ptr' || s.by === 'cptr') && !t.nonNull ? `${js} | null` : js;
  },
  tsOut: (t, env) => {
    const s = shapeOf(t);
    const js = env.classOf(s.base)!.jsName;
    return s.by === 'ptr' || s.by === 'cptr' ? orNull(js, t) : js;
  },
  // A nonNull pointer (C++ dereferences it) takes no null.
  jsCheck: (v, t, env) => {
    const s = shapeOf(t);
    const js = env.classOf(s.base)!.jsName;
    return (s.by === 'ptr' || s.by === 'cptr') && !t.nonNull ? `(${v} === null || ${v} instanceof ${js})` : `${v} instanceof ${js}`;
  },
  jsPass: (v, t, env) => `rt.ptrOf(${v}, ${env.classOf(shapeOf(t).base)!.jsName})`,
  // Polymorphic objects come as [address, class index] (rt::dynamicValue): the most-derived wrapper, as in regOut.
  jsOut: (r, t, env) => {
    const s = shapeOf(t);
    const cls = env.classOf(s.base)!;
    if (s.by === 'value') return `rt.own(${cls.jsName}, ${r})`;
    return cls.polymorphic ? `rt.borrowDynamic(C, ${cls.jsName}, ${r}, this)` : `rt.borrow(${cls.jsName}, ${r}, this)`;
  },
  cppIn: (src, name, t, env) => {
    const s = shapeOf(t);
    const cpp = env.classOf(s.base)!.cpp;
    return s.by === 'ptr' || s.by === 'cptr'
      ? `${cpp}* ${name} = rt::ptrOrNull<${cpp}>(${src});`
      : `${cpp}* ${name} = rt::ptr<${cpp}>(${src});`;
  },
  cppArg: (name, t) => (shapeOf(t).by === 'ptr' || shapeOf(t).by === 'cptr' ? name : `*${name}`),
  cppOut: (expr, t, env) => {
    const s = shapeOf(t);
    if (s.by === 'value') return `rt::owned(env, ${expr})`;
    const p = s.by === 'ptr' || s.by === 'cptr' ? expr : `&(${expr})`;
    return env.classOf(s.base)!.polymorphic ? `rt::dynamicValue(env, ${p})` : `rt::address(env, ${p})`;
  },
  regIn: {
    slots: () => 1,
    js: (v, k, t, env) => `R[${k}] = rt.ptrOf(${v}, ${env.classOf(shapeOf(t).base)!.jsName}) ?? 0;`,
    cpp: (k, name, t, env) => {
      const s = shapeOf(t);
      const cpp = env.classOf(s.base)!.cpp;
      return `${cpp}* ${name} = rt::${s.by === 'ptr' || s.by === 'cptr' ? 'regPtrOrNull' : 'regPtr'}<${cpp}>(r[${k}]);`;
    },
  },
  regOut: {
    cpp: (expr, t, env) => {
      const s = shapeOf(t);
      if (s.by === 'value') return `r[0] = rt::ownedAddress(${expr});`;
      const p = s.by === 'ptr' || s.by === 'cptr' ? expr : `&(${expr})`;
      // Polymorphic: r[0] = the most-derived object's address, r[1] = its bound class's index (or -1).
      return env.classOf(s.base)!.polymorphic ? `rt::dynamicAddress(${p}, r);` : `r[0] = rt::addressOf(${p});`;
    },
    js: (t, env) => {
      const s = shapeOf(t);
      const cls = env.classOf(s.base)!;
      if (s.by === 'value') return `rt.own(${cls.jsName}, R[0])`;
      return cls.polymorphic ? `rt.borrow(C[R[1]] ?? ${cls.jsName}, R[0], this)` : `rt.borrow(${cls.jsName}, R[0], this)`;
    },
    owned: (t, env) => {
      const cls = env.classOf(shapeOf(t).base)!;
      return cls.polymorphic ? `rt.own(C[R[1]] ?? ${cls.jsName}, R[0])` : `rt.own(${cls.jsName}, R[0])`;
    },
    // A pointer to an object a shared pointer owns: the wrapper holds that ownership (r[2] its
    // holder, 0 when no owner has it: then borrowed, as any pointer result).
    shared: (t, env) => {
      const s = shapeOf(t);
      const cls = env.classOf(s.base)!;
      const owner = (s.by === 'ptr' || s.by === 'cptr') && cls.polymorphic ? sharedOwnerOf(cls.id, env) : undefined;
      if (!owner) return undefined;
      return {
        cpp: (expr) => `{ auto* p = ${expr}; auto owner = p ? ${owner}(p) : decltype(${owner}(p))(); ` +
          'if (owner) rt::sharedResult(owner, r); else { rt::dynamicAddress(p, r); r[2] = 0; } }',
        js: `rt.sharedOrBorrowed(C[R[1]] ?? ${cls.jsName}, R[0], R[2], S, this)`,
      };
    },
  },
};

/** The C++ function giving the owning shared pointer of a class's objects (the spec's `sharedOwners`), if any. */
function sharedOwnerOf(id: string, env: TypeMapEnv): string | undefined {
  for (const [base, fn] of Object.entries(env.families?.sharedOwners ?? {})) {
    if (id === base || env.derivesFrom?.(id, base)) return fn;
  }
  return undefined;
}
