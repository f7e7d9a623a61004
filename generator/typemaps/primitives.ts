/** Type maps for bool, integers (range-checked) and floating-point numbers. */
import type { TypeMap } from './TypeMap.js';
import { shapeOf } from './shape.js';

/** Integer ranges by canonical builtin; 64-bit types are limited to JS's exact integers. */
export const INTEGERS: Record<string, [number, number]> = {
  'char': [-128, 127], 'signed char': [-128, 127], 'unsigned char': [0, 255],
  'short': [-32768, 32767], 'unsigned short': [0, 65535],
  'int': [-2147483648, 2147483647], 'unsigned int': [0, 4294967295],
  'long': [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER], 'unsigned long': [0, Number.MAX_SAFE_INTEGER],
  'long long': [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER], 'unsigned long long': [0, Number.MAX_SAFE_INTEGER],
};
const FLOATS = new Set(['float', 'double', 'long double']);

/** By value or const reference. */
const byValue = (by: string) => by === 'value' || by === 'cref';

/** `bool`. */
export const boolMap: TypeMap = {
  name: 'bool',
  matches: (t) => { const s = shapeOf(t); return byValue(s.by) && s.base === 'bool'; },
  tsIn: () => 'boolean',
  tsOut: () => 'boolean',
  jsCheck: (v) => `typeof ${v} === 'boolean'`,
  cppIn: (src, name) => `const bool ${name} = rt::boolean(${src});`,
  cppOut: (expr) => `rt::js(env, static_cast<bool>(${expr}))`,
  regIn: { slots: () => 1, js: (v, k) => `R[${k}] = ${v} ? 1 : 0;`, cpp: (k, name) => `const bool ${name} = r[${k}] != 0;` },
  regOut: { cpp: (expr) => `r[0] = (${expr}) ? 1 : 0;`, js: () => 'R[0] !== 0' },
};

/** Numbers through registers: exact for every integer up to 2^53. */
const numberRegisters = (type: (t: import('../model/index.js').TypeRef) => string) => ({
  regIn: {
    slots: () => 1,
    js: (v: string, k: number) => `R[${k}] = ${v};`,
    cpp: (k: number, name: string, t: import('../model/index.js').TypeRef) => `const ${type(t)} ${name} = static_cast<${type(t)}>(r[${k}]);`,
  },
  regOut: { cpp: (expr: string) => `r[0] = static_cast<double>(${expr});`, js: () => 'R[0]' },
});

/**
 * Numbers exactly; an enum's value converting (C++ promotes unscoped enums to integers and
 * floating point). It goes to C++ as its number: registers convert it on the store, napi
 * arguments in `rt::num`.
 */
const numberChecks = {
  jsCheck: (v: string) => `(typeof ${v} === 'number' || ${v} instanceof rt.Enum)`,
  jsExact: (v: string) => `typeof ${v} === 'number'`,
};

/** Integers: TypeError for non-integers, RangeError outside the C++ type's range. */
export const integerMap: TypeMap = {
  name: 'integer',
  matches: (t) => { const s = shapeOf(t); return byValue(s.by) && s.base in INTEGERS; },
  tsIn: () => 'number',
  tsOut: () => 'number',
  ...numberChecks,
  jsValidate: (v, t, _env, site) => {
    const base = shapeOf(t).base;
    const [lo, hi] = INTEGERS[base]!;
    return `rt.checkInt(${v}, ${lo}, ${hi}, '${base}', '${site.where}', '${site.param}');`;
  },
  cppIn: (src, name, t) => {
    const base = shapeOf(t).base;
    const wide = base.includes('long');
    return `const ${base} ${name} = static_cast<${base}>(rt::num<${wide ? 'int64_t' : 'double'}>(${src}));`;
  },
  cppOut: (expr, t) => `rt::js(env, static_cast<${shapeOf(t).base}>(${expr}))`,
  ...numberRegisters((t) => shapeOf(t).base),
};

/** float / double. */
export const floatMap: TypeMap = {
  name: 'float',
  matches: (t) => { const s = shapeOf(t); return byValue(s.by) && FLOATS.has(s.base); },
  tsIn: () => 'number',
  tsOut: () => 'number',
  ...numberChecks,
  // NaN spreads through the engine's state into its assertions (bounding boxes): refused.
  jsValidate: (v, _t, _env, site) => `if (${v} !== ${v}) rt.notANumber('${site.where}', '${site.param}');`,
  cppIn: (src, name, t) => `const ${shapeOf(t).base} ${name} = rt::num<${shapeOf(t).base}>(${src});`,
  cppOut: (expr) => `rt::js(env, static_cast<double>(${expr}))`,
  ...numberRegisters((t) => shapeOf(t).base),
};

/** `void` results. */
export const voidMap: TypeMap = {
  name: 'void',
  matches: (t, use) => use === 'out' && t.kind === 'void',
  tsIn: () => 'never',
  tsOut: () => 'void',
  jsCheck: () => 'false',
  cppIn: () => '',
  cppOut: () => 'env.Undefined()',
};
