/** Built-in group type map: `(const float* values, size_t count)` and the like ← one Float32Array/Float64Array or number array. */
import type { GroupTypeMap } from './TypeMap.js';
import { shapeOf } from './shape.js';

const ELEMENTS: Record<string, string> = { float: 'Float32Array', double: 'Float64Array' };
const COUNTS = new Set(['unsigned int', 'unsigned long', 'int', 'long', 'unsigned short']);

/** A const pointer to float/double followed by an integer count: a typed array is viewed, an array copied. */
export const numberArrayGroup: GroupTypeMap = {
  name: 'number array + count',
  arity: 2,
  matches: ([data, count]) => {
    const d = shapeOf(data!.type);
    const c = shapeOf(count!.type);
    return d.by === 'cptr' && d.base in ELEMENTS && c.by === 'value' && COUNTS.has(c.base);
  },
  tsIn: ([data]) => `${ELEMENTS[shapeOf(data!.type).base]} | readonly number[]`,
  jsCheck: (v, [data]) => `(${v} instanceof ${ELEMENTS[shapeOf(data!.type).base]} || rt.isNumbers(${v}, 0, 4294967295))`,
  cppIn: (src, name, [data], _env, site) => {
    const el = shapeOf(data!.type).base;
    return `std::vector<${el}> ${name}_copy; const auto ${name} = rt::numberArray<${el}>(${src}, ${name}_copy, "${site.where}: ${site.param}");`;
  },
  cppArgs: (name, [, count]) => [`${name}.data`, `static_cast<${shapeOf(count!.type).base}>(${name}.length)`],
};

/** `(int argc, char** argv)` ← one array of strings (C's command-line form; `findCommandLineOpts`). */
export const argvGroup: GroupTypeMap = {
  name: 'argc + argv',
  arity: 2,
  matches: ([count, args]) => shapeOf(count!.type).by === 'value' && shapeOf(count!.type).base === 'int' && args!.type.canonical === 'char **',
  tsIn: () => 'readonly string[]',
  jsCheck: (v) => `(Array.isArray(${v}) && ${v}.every((x) => typeof x === 'string'))`,
  cppIn: (src, name) => `const rt::CStrings ${name}(${src});`,
  cppArgs: (name) => [`static_cast<int>(${name}.ptrs.size())`, `const_cast<char**>(${name}.ptrs.data())`],
};
