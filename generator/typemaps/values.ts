/**
 * Type map for value classes (see valueLayout.ts): by value and const reference they cross as their
 * fields in registers (arrays of numbers are constructed into one first, where the spec's sequence
 * rules allow them); a non-const reference is written back into the JS object after the call.
 * Results are new JS objects; a non-const reference result is a frozen copy (writing to it would be
 * lost, so it throws).
 */
import type { TypeMap, TypeMapEnv } from './TypeMap.js';
import type { SequenceRule } from './sequences.js';
import { shapeOf } from './shape.js';
import type { TypeRef } from '../model/index.js';

/** The value class behind `t` and how it is passed. */
function valueOf(t: TypeRef, env: TypeMapEnv) {
  const s = shapeOf(t);
  const cls = env.classOf(s.base);
  return cls?.value ? { s, cls, layout: cls.value } : undefined;
}

const tuple = (n: number) => `readonly [${Array(n).fill('number').join(', ')}]`;

/** The value-class entry; `sequences` says which classes also take arrays of numbers, and how many. */
export function valueTypeMap(sequences: readonly SequenceRule[]): TypeMap {
  /** Accepted array lengths, and the class an array is constructed as (`temp`: Vector3 for a VectorBase<3, float>). */
  const sequenceOf = (id: string, env: TypeMapEnv): { lengths: number[]; make: string } | undefined => {
    for (const r of sequences) {
      const m = r.match.exec(id);
      if (!m) continue;
      const temp = r.temp.replace(/\$(\d)/g, (_x, i: string) => m[Number(i)] ?? '');
      return { lengths: typeof r.lengths === 'function' ? r.lengths(m) : r.lengths, make: env.classOf(temp)?.jsName ?? env.classOf(id)!.jsName };
    }
    return undefined;
  };
  const get = (t: TypeRef, env: TypeMapEnv) => {
    const v = valueOf(t, env)!;
    const seq = v.s.by === 'ref' ? undefined : sequenceOf(v.cls.id, env);
    return { ...v, js: v.cls.jsName, cpp: v.cls.cpp, lengths: seq?.lengths, make: seq?.make ?? v.cls.jsName };
  };
  return {
    name: 'value',
    matches: (t, _use, env) => {
      const v = valueOf(t, env);
      return v !== undefined && (v.s.by === 'value' || v.s.by === 'cref' || v.s.by === 'ref');
    },
    tsIn: (t, env) => { const v = get(t, env); return [v.js, ...(v.lengths ?? []).map(tuple)].join(' | '); },
    tsOut: (t, env) => get(t, env).js,
    jsCheck: (x, t, env) => {
      const v = get(t, env);
      return v.lengths ? `(${x} instanceof ${v.js} || rt.isNumbers(${x}, ${v.lengths[0]}, ${v.lengths.at(-1)}))` : `${x} instanceof ${v.js}`;
    },
    // Before any register is written: constructing from an array is itself a call.
    jsValidate: (x, t, env, site) => {
      const v = get(t, env);
      if (v.s.by === 'ref') return `rt.checkWritable(${x}, '${site.where}', '${site.param}');`;
      if (!v.lengths) return undefined;
      return `if (!(${x} instanceof ${v.js})) { rt.checkNumbers(${x}, ${v.lengths[0]}, ${v.lengths.at(-1)}, '${site.where}', '${site.param}'); ${x} = new ${v.make}(...${x}); }`;
    },
    jsPass: (x) => `rt.slotsOf(${x})`,
    jsOut: (r, t, env) => {
      const v = get(t, env);
      const made = `new ${v.js}(rt.INTERNAL, 0, ${r})`;
      return v.s.by === 'ref' ? `rt.frozen(${made})` : made;
    },
    cppIn: (src, name, t, env) => `${get(t, env).cpp} ${name}; values::in(${src}, ${name});`,
    cppOut: (expr) => `values::out(env, ${expr})`,
    outLocal: (name, t) => `${t.canonical.replace(/^const /, '').replace(/\s*&$/, '')} ${name}{};`,
    regIn: {
      slots: (t, env) => get(t, env).layout.slots,
      js: (x, k) => `${x}[rt.STORE](R, ${k});`,
      cpp: (k, name, t, env) => `${get(t, env).cpp} ${name}; values::load(r + ${k}, ${name});`,
      // A non-const reference: C++ may have changed it.
      jsAfter: (x, k, t, env) => (get(t, env).s.by === 'ref' ? `${x}[rt.LOAD](R, ${k});` : undefined),
      cppAfter: (k, name, t, env) => (get(t, env).s.by === 'ref' ? `values::store(${name}, r + ${k});` : undefined),
    },
    regOut: {
      cpp: (expr, _t, _env, at = 0) => `values::store(${expr}, r + ${at});`,
      js: (t, env, at = 0) => {
        const v = get(t, env);
        const made = `new ${v.js}(rt.INTERNAL, ${at}, R)`;
        return v.s.by === 'ref' ? `rt.frozen(${made})` : made;
      },
      slots: (t, env) => get(t, env).layout.slots,
    },
  };
}
