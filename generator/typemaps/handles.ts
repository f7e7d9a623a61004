/**
 * Opaque pointers (`ImTextureID`, a `void*` result without a length): a bigint holding the address,
 * `null` for nullptr. Such handles are only stored and handed back by the engine (Dear ImGui's
 * texture ids are OGRE texture handles), never read through here.
 */
import type { TypeRef } from '../model/index.js';
import type { TypeMap } from './TypeMap.js';

/**
 * `void*` results, and parameters spelled through a typedef (`ImTextureID`) or named as user data
 * (`user_data`: what the engine hands back to a callback); other `void*` parameters are buffers.
 */
function isHandle(t: TypeRef, use: 'in' | 'out', param?: string): boolean {
  if (!/^(?:const )?void \*$/.test(t.canonical)) return false;
  return use === 'out' || t.kind === 'typedef' || /^user_?data$/i.test(param ?? '');
}

export const handleMap: TypeMap = {
  name: 'handle',
  matches: (t, use, _env, param) => isHandle(t, use, param),
  tsIn: () => 'bigint | number | null',
  tsOut: () => 'bigint | null',
  jsCheck: (v) => `(${v} === null || typeof ${v} === 'bigint' || Number.isSafeInteger(${v}))`,
  cppIn: (src, name, _t, _env, site) => `void* ${name} = rt::handleIn(${src}, "${site.where}: ${site.param}");`,
  cppArg: (name, t) => `static_cast<${t.spelling.replace(/^const /, '')}>(${name})`,
  cppOut: (expr) => `rt::handleOut(env, ${expr})`,
};
