/**
 * The order in which a method's overloads are tried: one decision for the JS dispatcher (first
 * whose checks pass) and the typings (TypeScript takes the first signature that fits).
 */
import type { TypeMapEnv } from '../../typemaps/index.js';
import type { Resolved } from './CallSite.js';

/** How a parameter takes a JS number: exactly (floating point) or converting (an integer, range-checked). */
function numberKind(r: Resolved, i: number): 'float' | 'integer' | undefined {
  const name = r.params[i]?.map.name;
  return name === 'float' || name === 'integer' ? name : undefined;
}

/** Whether `a` takes an integer at some position where `b` takes a float, after parameters TypeScript cannot tell apart. */
function integerWhereFloat(a: Resolved, b: Resolved, env: TypeMapEnv): boolean {
  const n = Math.min(a.params.length, b.params.length);
  for (let i = 0; i < n; i++) {
    if (numberKind(a, i) === 'integer' && numberKind(b, i) === 'float') return true;
    const pa = a.params[i]!;
    const pb = b.params[i]!;
    if (pa.map.tsIn(pa.type, env) !== pb.map.tsIn(pb.type, env)) return false;
  }
  return false;
}

/**
 * Whether `a` needs more arguments than `b` and the first parameter they differ in is an enum against
 * another enum: a plain number fits both where both are flag enums (converting for the dispatcher,
 * `E | number` to TypeScript), and TypeScript takes the first that fits. An enum against a number is
 * `numberWhereEnum`'s: TypeScript takes no plain number for an enum, so the enum's overload goes first.
 */
function longerByEnum(a: Resolved, b: Resolved, env: TypeMapEnv): boolean {
  if (a.required <= b.required) return false;
  const n = Math.min(a.params.length, b.params.length);
  for (let i = 0; i < n; i++) {
    const [pa, pb] = [a.params[i]!, b.params[i]!];
    if (pa.map.tsIn(pa.type, env) === pb.map.tsIn(pb.type, env)) continue;
    // The first difference decides.
    return pa.map.name === 'enum' && pb.map.name === 'enum';
  }
  return false;
}

/**
 * Whether `a` takes a number where `b` takes an enum, at the first parameter TypeScript tells them
 * apart by: an enum's value fits `b` exactly and `a` only converting, so `b` comes first for both
 * the dispatcher and TypeScript (which takes the first signature an enum fits).
 */
function numberWhereEnum(a: Resolved, b: Resolved, env: TypeMapEnv): boolean {
  const n = Math.min(a.params.length, b.params.length);
  for (let i = 0; i < n; i++) {
    const [pa, pb] = [a.params[i]!, b.params[i]!];
    if (pa.map.tsIn(pa.type, env) === pb.map.tsIn(pb.type, env)) continue;
    return ['integer', 'float'].includes(pa.map.name) && pb.map.name === 'enum';
  }
  return false;
}

/**
 * Exact before converting: an overload that takes an integer where another takes a floating-point
 * number (both `number` to TypeScript) goes after every such one, so `toString(1.5)` reaches the
 * `Real` overload instead of failing the `int` one's check. One taking a number where another takes
 * an enum goes after it: an enum's value is exact for the enum and fits both to TypeScript, a plain
 * number fits only the number to TypeScript and exactly to the dispatcher. An overload that needs
 * more arguments than one it first differs from by another enum goes after it too. Otherwise the
 * header's order stands.
 * Returns the indices of `overloads` in the order to try them.
 */
export function overloadOrder(overloads: readonly Resolved[], env: TypeMapEnv): number[] {
  const after = overloads.map((a) => overloads.map((b) => b !== a && (integerWhereFloat(a, b, env) || longerByEnum(a, b, env) || numberWhereEnum(a, b, env))));
  // Stable: the first in header order that need not follow another still left (the first left, should the rules loop).
  const left = overloads.map((_, i) => i);
  const order: number[] = [];
  while (left.length) {
    const at = Math.max(0, left.findIndex((i) => !left.some((j) => after[i]![j])));
    order.push(...left.splice(at, 1));
  }
  return order;
}
