/** Human-readable candidate signatures for overload TypeErrors: `dotProduct(vec: Vector3 | [number, number, number])`. */
import type { TypeMapEnv } from '../../typemaps/index.js';
import type { Resolved } from './CallSite.js';

/** `name(p: TsType, q?: TsType)` over the JS parameters, with the type maps' TS input types. */
export function signatureText(r: Resolved, env: TypeMapEnv, jsClass: string): string {
  const params = r.params.map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.map.tsIn(p.type, env).replace(/readonly /g, '')}`);
  const name = r.fn.kind === 'constructor' ? `new ${jsClass}` : r.fn.jsName ?? r.fn.name;
  return `${name}(${params.join(', ')})`;
}
