/**
 * Type map for pointers to numbers and fixed-size number arrays (`bool* p_open`, `float v[3]`,
 * `int* current_item`): the matching typed array, passed without copying, so what C++ writes
 * there is in the array afterwards (`const open = new Uint8Array([1]); ImGui.Begin('w', open)`).
 */
import type { TypeRef } from '../model/index.js';
import type { TypeMap } from './TypeMap.js';
import { unqualified } from '../parse/typeRef.js';

/** The typed array holding each C++ number type (bool is one byte). */
const TYPED_ARRAYS: Readonly<Record<string, string>> = {
  bool: 'Uint8Array', char: 'Uint8Array', 'unsigned char': 'Uint8Array', 'signed char': 'Int8Array',
  short: 'Int16Array', 'unsigned short': 'Uint16Array', int: 'Int32Array', 'unsigned int': 'Uint32Array',
  long: 'BigInt64Array', 'unsigned long': 'BigUint64Array', 'long long': 'BigInt64Array', 'unsigned long long': 'BigUint64Array',
  float: 'Float32Array', double: 'Float64Array',
};

/** The typed array for memory holding `t`'s pointee (`float*` → Float32Array), Uint8Array for anything else. */
export function viewArrayOf(t: TypeRef): string {
  const element = t.kind === 'pointer' && t.pointee ? unqualified(t.pointee.canonical) : '';
  return element === 'bool' || element === 'char' || element === 'void' || !TYPED_ARRAYS[element] ? 'Uint8Array' : TYPED_ARRAYS[element]!;
}

interface Target { element: string; array: string; count: number; nullable: boolean; isConst: boolean }

function targetOf(t: TypeRef): Target | undefined {
  if ((t.kind !== 'pointer' && t.kind !== 'array') || !t.pointee) return undefined;
  const element = unqualified(t.pointee.canonical);
  const array = TYPED_ARRAYS[element];
  if (!array) return undefined;
  const isArray = t.kind === 'array' && t.arraySize !== undefined;
  return { element, array, count: isArray ? t.arraySize! : 1, nullable: !isArray, isConst: /^const /.test(t.pointee.canonical) };
}

export const typedArrayMap: TypeMap = {
  name: 'typedArray',
  matches: (t, use) => use === 'in' && targetOf(t) !== undefined,
  // A nonNull pointer refuses null in JS; the C++ side stays the nullable one.
  tsIn: (t) => { const k = targetOf(t)!; return k.nullable && !t.nonNull ? `${k.array} | null` : k.array; },
  tsOut: () => 'never',
  jsCheck: (v, t) => { const k = targetOf(t)!; return k.nullable && !t.nonNull ? `(${v} === null || ${v} instanceof ${k.array})` : `${v} instanceof ${k.array}`; },
  cppIn: (src, name, t, _env, site) => {
    const k = targetOf(t)!;
    const read = `rt::bytes(${src}, "${site.where}: ${site.param}")`;
    const check = `rt::checkSize(${src}.Env(), ${name}.length, ${k.count} * sizeof(${k.element}), "${site.where}", "${site.param}");`;
    return k.nullable
      // An empty typed array may have no data pointer at all: its size is checked all the same.
      ? `const rt::Bytes ${name} = ${src}.IsNull() ? rt::Bytes{} : ${read}; if (!${src}.IsNull()) ${check}`
      : `const rt::Bytes ${name} = ${read}; ${check}`;
  },
  cppArg: (name, t) => { const k = targetOf(t)!; return `static_cast<${k.isConst ? 'const ' : ''}${k.element}*>(${name}.data)`; },
  cppOut: () => { throw new Error('typedArrayMap handles parameters only'); },
};
