/** Human-readable candidate signatures for overload TypeErrors: `dotProduct(vec: Vector3 | [number, number, number])`. */
import type { FunctionDecl } from '../../model/index.js';
import type { TypeMapRegistry } from '../../typemaps/index.js';

/** `name(p: TsType, q?: TsType)` using the type maps' TS input types. */
export function signatureText(fn: FunctionDecl, registry: TypeMapRegistry, jsClass: string): string {
  const params = fn.params.map((p) => {
    const map = registry.find(p.type, 'in');
    const ts = map ? map.tsIn(p.type, registry.env) : p.type.spelling;
    return `${p.name}${p.default !== undefined ? '?' : ''}: ${ts.replace(/readonly /g, '')}`;
  });
  const name = fn.kind === 'constructor' ? `new ${jsClass}` : fn.jsName ?? fn.name;
  return `${name}(${params.join(', ')})`;
}
