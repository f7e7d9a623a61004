/** Type map for bound enums: numbers in JS, typed as the enum. */
import type { TypeMap } from './TypeMap.js';
import { shapeOf } from './shape.js';

/** Enums by value or const reference. */
export const enumMap: TypeMap = {
  name: 'enum',
  matches: (t, _use, env) => {
    const s = shapeOf(t);
    return (s.by === 'value' || s.by === 'cref') && env.enumOf(s.base) !== undefined;
  },
  tsIn: (t, env) => env.enumOf(shapeOf(t).base)!.jsName,
  tsOut: (t, env) => env.enumOf(shapeOf(t).base)!.jsName,
  jsCheck: (v) => `typeof ${v} === 'number'`,
  jsValidate: (v, t, env, site) => {
    const e = env.enumOf(shapeOf(t).base)!;
    return `rt.checkInt(${v}, ${e.min}, ${e.max}, '${e.jsName}', '${site.where}', '${site.param}');`;
  },
  cppIn: (src, name, t, env) => {
    const cpp = env.enumOf(shapeOf(t).base)!.cpp;
    return `const ${cpp} ${name} = static_cast<${cpp}>(rt::num<int64_t>(${src}));`;
  },
  cppOut: (expr) => `rt::js(env, static_cast<int64_t>(${expr}))`,
  regIn: {
    slots: () => 1,
    js: (v, k) => `R[${k}] = ${v};`,
    cpp: (k, name, t, env) => {
      const cpp = env.enumOf(shapeOf(t).base)!.cpp;
      return `const ${cpp} ${name} = static_cast<${cpp}>(static_cast<int64_t>(r[${k}]));`;
    },
  },
  regOut: { cpp: (expr) => `r[0] = static_cast<double>(static_cast<int64_t>(${expr}));`, js: () => 'R[0]' },
};
