/** Type maps for `std::string` (Ogre::String) and `const char*`, as UTF-8. */
import type { TypeMap } from './TypeMap.js';
import { orNull, shapeOf } from './shape.js';

const STD_STRING = /^std::(?:__cxx11::)?basic_string<char(?:, std::char_traits<char>, std::allocator<char>)?>$/;

/** `std::string` by value or const reference. */
export const stringMap: TypeMap = {
  name: 'string',
  matches: (t) => { const s = shapeOf(t); return (s.by === 'value' || s.by === 'cref') && STD_STRING.test(s.base); },
  tsIn: () => 'string',
  tsOut: () => 'string',
  jsCheck: (v) => `typeof ${v} === 'string'`,
  cppIn: (src, name) => `const std::string ${name} = rt::str(${src});`,
  cppOut: (expr) => `rt::js(env, static_cast<const std::string&>(${expr}))`,
};

/** `const char*` in and out (a null result is `null`). */
export const cStringMap: TypeMap = {
  name: 'c-string',
  matches: (t) => { const s = shapeOf(t); return s.by === 'cptr' && s.base === 'char'; },
  tsIn: () => 'string',
  tsOut: (t) => orNull('string', t),
  jsCheck: (v) => `typeof ${v} === 'string'`,
  cppIn: (src, name) => `const std::string ${name}_s = rt::str(${src});`,
  cppArg: (name) => `${name}_s.c_str()`,
  cppOut: (expr) => `rt::js(env, static_cast<const char*>(${expr}))`,
};

const OSTREAM = /^std::(?:__cxx11::)?basic_(?:ostream|ostringstream|stringstream)<char(?:, std::char_traits<char>(?:, std::allocator<char>)?)?>$/;

/**
 * What C++ writes to a `std::ostream&` parameter (`writeSourceCode(std::ostream& os, …)`): an
 * out-parameter, so the call returns `{ os: '…text…' }`.
 */
export const ostreamOutMap: TypeMap = {
  name: 'ostream text',
  matches: (t, use) => use === 'out' && shapeOf(t).by === 'value' && OSTREAM.test(shapeOf(t).base),
  tsIn: () => 'never',
  tsOut: () => 'string',
  jsCheck: () => 'false',
  cppIn: () => { throw new Error('std::ostream is an out-parameter only'); },
  // A plain ostream is written through an ostringstream; string streams are themselves.
  outLocal: (name, t) => `${/basic_ostream/.test(shapeOf(t).base) ? 'std::ostringstream' : shapeOf(t).base} ${name};`,
  cppOut: (expr) => `rt::js(env, ${expr}.str())`,
};

/** `char name[N]` results (static buffers such as ImGuiTextBuffer::EmptyString): the text up to the first NUL. */
export const charArrayOutMap: TypeMap = {
  name: 'char array',
  matches: (t, use) => use === 'out' && t.kind === 'array' && t.arraySize !== undefined && /^(?:const )?char$/.test(t.pointee?.canonical ?? ''),
  tsIn: () => 'never',
  tsOut: () => 'string',
  jsCheck: () => 'false',
  cppIn: () => { throw new Error('char arrays are results only'); },
  cppOut: (expr, t) => `rt::js(env, std::string(${expr}, strnlen(${expr}, ${t.arraySize})))`,
};

/** `const std::type_info&` (`Any::type()`): the type's readable C++ name. */
export const typeInfoOutMap: TypeMap = {
  name: 'type name',
  matches: (t, use) => use === 'out' && shapeOf(t).by === 'cref' && shapeOf(t).base === 'std::type_info',
  tsIn: () => 'never',
  tsOut: () => 'string',
  jsCheck: () => 'false',
  cppIn: () => { throw new Error('type_info is a result only'); },
  cppOut: (expr) => `rt::js(env, rt::typeName(${expr}))`,
};

/** `const char* const items[]` (Dear ImGui's Combo/ListBox items) ← an array of strings, copied. */
export const cStringArrayMap: TypeMap = {
  name: 'c-string array',
  matches: (t, use) => use === 'in' && (t.kind === 'array' || t.kind === 'pointer') && /^const char \*const$/.test(t.pointee?.canonical ?? ''),
  tsIn: () => 'readonly string[]',
  tsOut: () => 'never',
  jsCheck: (v) => `(Array.isArray(${v}) && ${v}.every((x) => typeof x === 'string'))`,
  cppIn: (src, name) => `const rt::CStrings ${name}(${src});`,
  cppArg: (name) => `${name}.ptrs.data()`,
  cppOut: () => { throw new Error('c-string arrays are parameters only'); },
};
