// instanceof through mixins (lib/runtime.js `mixin`): secondary bases and their JS bases, transitively, cycles included.
import { describe, expect, it } from 'vitest';
// @ts-expect-error the runtime is plain JS without declarations
import { INTERNAL, NativeObject, mixin } from '../../lib/runtime.js';

type Ctor = new (token: symbol, p: number) => object;
const Base = NativeObject as Ctor;

describe('instanceof through mixins', () => {
  // Two hierarchies, P ← Q and R ← S; Q mixes in R, S mixes in Q; X and Y mix in each other (a cycle).
  class P extends Base {}
  class Q extends P {}
  class R extends Base {}
  class S extends R {}
  class Other extends Base {}
  mixin(Q, R);
  mixin(S, Q);
  class X extends Base {}
  class Y extends Base {}
  mixin(X, Y);
  mixin(Y, X);
  const q = new Q(INTERNAL, 1);
  const s = new S(INTERNAL, 2);

  it('holds for the secondary base and its JS bases, and transitively', () => {
    expect(q instanceof R).toBe(true);
    expect(s instanceof Q).toBe(true);
    expect(s instanceof P).toBe(true); // Q's JS base
    expect(q instanceof S).toBe(false);
  });

  it('terminates on cycles and answers false for everything else', () => {
    expect(new X(INTERNAL, 6) instanceof Y).toBe(true);
    expect(new Y(INTERNAL, 7) instanceof X).toBe(true);
    expect(new Other(INTERNAL, 3) instanceof X).toBe(false);
    expect(new Other(INTERNAL, 3) instanceof R).toBe(false);
    expect(new P(INTERNAL, 4) instanceof R).toBe(false);
    for (const v of [null, undefined, 1, 'x', {}, () => 0]) expect(v instanceof Q).toBe(false);
  });

  it('sees mixins added later', () => {
    class T extends Base {}
    const t = new T(INTERNAL, 5);
    expect(t instanceof P).toBe(false);
    mixin(T, Q);
    expect(t instanceof P).toBe(true);
    expect(t instanceof Q).toBe(true);
  });
});
