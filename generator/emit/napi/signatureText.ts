/** Human-readable candidate signatures for overload TypeErrors: `dotProduct(vec: Vector3 | [number, number, number])`. */
import type { FunctionDecl } from '../../model/index.js';
import type { TypeMapRegistry } from '../../typemaps/index.js';

/** `name(p: TsType, q?: TsType)` using the type maps' TS input types. */
export function signatureText(fn: FunctionDecl, registry: TypeMapRegistry): string {
  const params = fn.params.map((p) => {
    const map = registry.find(p.type, 'in');
    const ts = map ? map.tsIn(p.type, registry.env) : p.type.spelling;
    return `${p.name}${p.default !== undefined ? '?' : ''}: ${ts.replace(/readonly /g, '')}`;
  });
  return `${fn.jsName ?? fn.name}(${params.join(', ')})`;
}
