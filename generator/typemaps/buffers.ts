/** Type map for `uchar*` / `void*` parameters: any ArrayBuffer or ArrayBufferView, no copy. */
import type { TypeMap } from './TypeMap.js';
import { shapeOf } from './shape.js';

const BYTE_TYPES = new Set(['unsigned char', 'void']);

/** Raw memory parameters. Keep-alive and size checks come from the spec's rules for each function. */
export const bufferMap: TypeMap = {
  name: 'buffer',
  matches: (t, use) => {
    const s = shapeOf(t);
    return use === 'in' && (s.by === 'ptr' || s.by === 'cptr') && BYTE_TYPES.has(s.base);
  },
  tsIn: () => 'ArrayBufferLike | ArrayBufferView',
  tsOut: () => 'Uint8Array',
  jsCheck: (v) => `rt.isBuffer(${v})`,
  // Memory that can move or vanish under C++ (resizable, growable, detached) is refused.
  jsValidate: (v, _t, _env, site) => `rt.checkBuffer(${v}, '${site.where}', '${site.param}');`,
  cppIn: (src, name, _t, _env, site) => `const rt::Bytes ${name} = rt::bytes(${src}, "${site.where}: ${site.param}");`,
  cppArg: (name, t) => `static_cast<${shapeOf(t).by === 'cptr' ? 'const ' : ''}${shapeOf(t).base}*>(${name}.data)`,
  cppOut: () => { throw new Error('bufferMap handles parameters only; results use a view rule'); },
  keepsArgument: true,
};
