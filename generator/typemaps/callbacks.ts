/**
 * C function pointers. JS functions where C++ calls back at once with a user-data pointer to route
 * through (the spec's `families.callbacks`, e.g. Dear ImGui's item getters:
 * `ListBox(label, current, (i) => names[i], count)`); handles for
 * function pointers the engine hands out and takes back (`GetAllocatorFunctions` → `SetAllocatorFunctions`);
 * `null` for callbacks JS has no way to supply (no user data to route through: `decryptFunc`).
 */
import type { TypeRef } from '../model/index.js';
import type { GroupTypeMap, TypeMap, TypeMapEnv } from './TypeMap.js';

/** `R (*)(A, B)` (through typedefs): a function pointer's canonical spelling. */
const FUNCTION_POINTER = /^(.+?) ?\(\*\)\((.*)\)$/;
const isFunctionPointer = (t: TypeRef) => FUNCTION_POINTER.test(t.canonical);

/** The spec's getter for a function pointer type, if any. */
const getter = (t: TypeRef, env: TypeMapEnv) => env.families?.callbacks?.[t.canonical];

/** `(getter, void* data)` ← one JS function, called synchronously while the C++ call runs. */
export const callbackGroup: GroupTypeMap = {
  name: 'callback + user data',
  arity: 2,
  matches: ([fn, data], env) => getter(fn!.type, env) !== undefined && data!.type.canonical === 'void *',
  tsIn: ([fn], env) => getter(fn!.type, env)!.ts,
  jsCheck: (v) => `typeof ${v} === 'function'`,
  cppIn: (src, name) => `rt::JsCallback ${name}(${src});`,
  cppArgs: (name, [fn], env) => [`&${getter(fn!.type, env)!.trampoline}`, `&${name}`],
};

/**
 * Function pointers as handles: results (and out-parameters) are bigints the runtime remembers;
 * parameters take back only such a handle (or null): an arbitrary number would be a jump anywhere.
 */
export const functionHandleMap: TypeMap = {
  name: 'function handle',
  matches: (t) => isFunctionPointer(t),
  tsIn: () => 'bigint | null',
  tsOut: () => 'bigint | null',
  jsCheck: (v) => `(${v} === null || typeof ${v} === 'bigint')`,
  cppIn: (src, name, t, _env, site) => `const auto ${name} = reinterpret_cast<${t.canonical}>(rt::functionHandleIn(${src}, "${site.where}: ${site.param}"));`,
  cppOut: (expr) => `rt::functionHandleOut(env, reinterpret_cast<void (*)()>(${expr}))`,
  // `R (*)(A)` cannot precede a declarator name; rt::Type<…> spells the type in front of it.
  outLocal: (name, t) => `rt::Type<${t.canonical}> ${name}{};`,
};
