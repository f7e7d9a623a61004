/**
 * Type map for value classes that also accept plain number arrays, copied (OGRE: Vector2/3/4 and
 * their `VectorBase` bases, Quaternion, ColourValue with 3 or 4 numbers). The same entry types them
 * as `Vector3 | readonly [number, number, number]`.
 */
import type { TypeMap, TypeMapEnv } from './TypeMap.js';
import { shapeOf } from './shape.js';
import type { TypeRef } from '../model/index.js';

/**
 * A class that accepts arrays of numbers: which canonical classes, the allowed lengths, and the
 * concrete C++ type the numbers are copied into (it must have `ptr()` returning its components).
 */
export interface SequenceRule {
  /** Canonical class ids; `$1` in `temp` refers to the first capture group. */
  match: RegExp;
  /** Accepted array lengths, or a function of the match (`Vector<3, float>` → `[3]`). */
  lengths: number[] | ((m: RegExpExecArray) => number[]);
  temp: string;
}

/** The sequence rule for a canonical class, resolved. */
function sequenceOf(rules: readonly SequenceRule[], base: string): { lengths: number[]; temp: string } | undefined {
  for (const r of rules) {
    const m = r.match.exec(base);
    if (m) return { lengths: typeof r.lengths === 'function' ? r.lengths(m) : r.lengths, temp: r.temp.replace(/\$(\d)/g, (_x, i: string) => m[Number(i)] ?? '') };
  }
  return undefined;
}

const tuple = (n: number) => `readonly [${Array(n).fill('number').join(', ')}]`;

/** The type map for the classes `rules` name: by value or const reference, as parameters (results are the class itself, see classMap). */
export function sequenceTypeMap(rules: readonly SequenceRule[]): TypeMap {
  const seq = (t: TypeRef, env: TypeMapEnv) => {
    const s = shapeOf(t);
    return { s, seq: sequenceOf(rules, s.base)!, js: env.classOf(s.base)!.jsName, cpp: env.classOf(s.base)!.cpp };
  };
  return {
  name: 'sequence',
  matches: (t, use, env) => {
    const s = shapeOf(t);
    return use === 'in' && (s.by === 'value' || s.by === 'cref') && sequenceOf(rules, s.base) !== undefined && env.classOf(s.base) !== undefined;
  },
  tsIn: (t, env) => { const { seq: q, js } = seq(t, env); return [js, ...q.lengths.map(tuple)].join(' | '); },
  tsOut: (t, env) => seq(t, env).js,
  jsCheck: (v, t, env) => {
    const { seq: q, js } = seq(t, env);
    return `(${v} instanceof ${js} || rt.isNumbers(${v}, ${q.lengths[0]}, ${q.lengths.at(-1)}))`;
  },
  jsValidate: (v, t, env, site) => {
    const { seq: q, js } = seq(t, env);
    return `if (!(${v} instanceof ${js})) rt.checkNumbers(${v}, ${q.lengths[0]}, ${q.lengths.at(-1)}, '${site.where}', '${site.param}');`;
  },
  jsPass: (v, t, env) => { const { js } = seq(t, env); return `(${v} instanceof ${js} ? rt.ptrOf(${v}, ${js}) : ${v})`; },
  cppIn: (src, name, t, env) => {
    const { seq: q, cpp } = seq(t, env);
    return `${q.temp} ${name}_tmp; const ${cpp}* ${name} = rt::sequenceArg<${cpp}>(${src}, ${name}_tmp, ${q.lengths.at(-1)});`;
  },
  cppArg: (name) => `*${name}`,
  cppOut: () => { throw new Error('sequence type maps handle parameters only'); },
  // R[k]: the object's address, or minus the count of numbers that follow in R[k+1 …].
  regIn: {
    slots: (t, env) => 1 + seq(t, env).seq.lengths.at(-1)!,
    js: (v, k, t, env) => {
      const { seq: q, js } = seq(t, env);
      const copy = Array.from({ length: q.lengths.at(-1)! }, (_, i) => `R[${k + 1 + i}] = ${v}[${i}];`).join(' ');
      return `if (${v} instanceof ${js}) R[${k}] = rt.ptrOf(${v}, ${js}); else { R[${k}] = -${v}.length; ${copy} }`;
    },
    cpp: (k, name, t, env) => {
      const { seq: q, cpp } = seq(t, env);
      return `${q.temp} ${name}_tmp; const ${cpp}* ${name} = rt::regSequence<${cpp}>(r + ${k}, ${name}_tmp);`;
    },
  },
  };
}
