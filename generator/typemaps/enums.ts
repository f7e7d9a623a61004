/**
 * Type map for bound enums: in JS each is a class extending Number whose members are canonical
 * instances (lib/enums.js); results map to them, arguments take them exactly and numbers converting.
 */
import type { TypeMap } from './TypeMap.js';
import { shapeOf } from './shape.js';

/**
 * The number an enum argument carries in registers: a plain number (a flag combination) or an enum
 * value's own `value`. Napi arguments (containers, director results) convert in `rt::num`.
 */
const numberOf = (v: string) => `(typeof ${v} === 'number' ? ${v} : ${v}.value)`;

/** Enums by value or const reference. The JS class is its path (`PixelFormat`, `Light.LightTypes`), as the typings name it. */
export const enumMap: TypeMap = {
  name: 'enum',
  matches: (t, _use, env) => {
    const s = shapeOf(t);
    return (s.by === 'value' || s.by === 'cref') && env.enumOf(s.base) !== undefined;
  },
  // The dispatcher takes any number for an enum (converting); TypeScript only a flag enum's, whose
  // combinations are plain numbers. Elsewhere it wants the members, so a `number` picks the overload
  // taking a number, as the dispatcher's exact match does.
  tsIn: (t, env) => {
    const e = env.enumOf(shapeOf(t).base)!;
    return e.flags ? `${e.jsName} | number` : e.jsName;
  },
  tsOut: (t, env) => env.enumOf(shapeOf(t).base)!.jsName,
  // Another enum's value is no match: C++ converts no enum to another.
  jsCheck: (v, t, env) => `(typeof ${v} === 'number' || ${v} instanceof ${env.enumOf(shapeOf(t).base)!.jsName})`,
  jsExact: (v, t, env) => `${v} instanceof ${env.enumOf(shapeOf(t).base)!.jsName}`,
  // Only plain numbers need the range check: the enum's own values are in range.
  jsValidate: (v, t, env, site) => {
    const e = env.enumOf(shapeOf(t).base)!;
    return `if (typeof ${v} === 'number') rt.checkInt(${v}, ${e.min}, ${e.max}, '${e.jsName}', '${site.where}', '${site.param}');`;
  },
  jsOut: (r, t, env) => `rt.enumOf(${env.enumOf(shapeOf(t).base)!.jsName}, ${r})`,
  cppIn: (src, name, t, env) => {
    const cpp = env.enumOf(shapeOf(t).base)!.cpp;
    return `const ${cpp} ${name} = static_cast<${cpp}>(rt::num<int64_t>(${src}));`;
  },
  cppOut: (expr) => `rt::js(env, static_cast<int64_t>(${expr}))`,
  regIn: {
    slots: () => 1,
    // Explicit: storing the object itself would convert it through Symbol.toPrimitive, ten times slower.
    js: (v, k) => `R[${k}] = ${numberOf(v)};`,
    cpp: (k, name, t, env) => {
      const cpp = env.enumOf(shapeOf(t).base)!.cpp;
      return `const ${cpp} ${name} = static_cast<${cpp}>(static_cast<int64_t>(r[${k}]));`;
    },
  },
  regOut: {
    cpp: (expr) => `r[0] = static_cast<double>(static_cast<int64_t>(${expr}));`,
    js: (t, env) => `rt.enumOf(${env.enumOf(shapeOf(t).base)!.jsName}, R[0])`,
  },
};
