/**
 * Type map for math values that also accept plain number arrays, copied: Vector2/3/4 and their
 * `VectorBase` bases, Quaternion, ColourValue (3 or 4 numbers). The same entry types them as
 * `Vector3 | readonly [number, number, number]`.
 */
import type { TypeMap, TypeMapEnv } from './TypeMap.js';
import { shapeOf } from './shape.js';
import type { TypeRef } from '../model/index.js';

/** A class that accepts arrays: allowed lengths, and the concrete C++ type built from the numbers. */
interface SequenceType { lengths: number[]; temp: string }

/** Which canonical classes accept number arrays. */
export function sequenceOf(base: string): SequenceType | undefined {
  const v = /^Ogre::Vector(?:Base)?<(\d), float>$/.exec(base);
  if (v) return { lengths: [Number(v[1])], temp: `Ogre::Vector<${v[1]}, float>` };
  if (base === 'Ogre::Quaternion') return { lengths: [4], temp: 'Ogre::Quaternion' };
  if (base === 'Ogre::ColourValue') return { lengths: [3, 4], temp: 'Ogre::ColourValue' };
  return undefined;
}

const tuple = (n: number) => `readonly [${Array(n).fill('number').join(', ')}]`;

function seq(t: TypeRef, env: TypeMapEnv) {
  const s = shapeOf(t);
  return { s, seq: sequenceOf(s.base)!, js: env.classOf(s.base)!.jsName, cpp: env.classOf(s.base)!.cpp };
}

/** By value or const reference, as parameters; results are the class itself (see classMap). */
export const sequenceMap: TypeMap = {
  name: 'sequence',
  matches: (t, use, env) => {
    const s = shapeOf(t);
    return use === 'in' && (s.by === 'value' || s.by === 'cref') && sequenceOf(s.base) !== undefined && env.classOf(s.base) !== undefined;
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
  cppOut: () => { throw new Error('sequenceMap handles parameters only'); },
};
