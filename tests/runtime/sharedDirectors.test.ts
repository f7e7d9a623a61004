// A JS director object handed to C++ as a shared pointer (fixture addon: fx::Source held by fx::Holder):
// kept alive while C++ holds it, one control block however often it is passed, and released when C++
// lets it go — on the JS thread, or later on it when the last owner went away on another thread.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
// @ts-expect-error generated into build/ by the global setup; typed loosely here
import * as fx from '../../build/fixture/lib/fixture.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
/** Full collections with event-loop turns between them (deferred releases and finalizers run there). */
async function settle(): Promise<void> {
  for (let i = 0; i < 6; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 5));
  }
}

const { Holder, Source } = fx;

/** `dispose()`, which every wrapper has (the fixture's classes are loosely typed here). */
const dispose = (o: object) => (o as { dispose(): void }).dispose();

class FortyTwo extends Source {
  value(): number { return 42; }
}

/** A FortyTwo C++ holds, which JS no longer refers to (only a WeakRef). */
function heldByCpp(): WeakRef<object> {
  const s = new FortyTwo();
  Holder.hold(s);
  return new WeakRef(s);
}

describe('a JS director object shared with C++', () => {
  it('stays alive and called while C++ holds it; released when C++ lets it go on the JS thread', async () => {
    const ref = heldByCpp();
    await settle();
    expect(ref.deref()).toBeDefined();
    expect(Holder.read()).toBe(42);
    Holder.release();
    await settle();
    expect(ref.deref()).toBeUndefined();
    expect(Holder.read()).toBe(-1);
  });

  it('has one control block however often it is passed', () => {
    const s = new FortyTwo();
    Holder.hold(s);
    expect(Holder.useCount(s)).toBe(2); // Holder's and the argument's: the same owners
    Holder.hold(s);
    expect(Holder.useCount(s)).toBe(2);
    Holder.release();
  });

  it('is released on the JS thread after the last owner went away on another thread', async () => {
    const ref = heldByCpp();
    Holder.releaseOnThread();
    expect(Holder.read()).toBe(-1);
    await settle();
    expect(ref.deref()).toBeUndefined();
  });

  it('cannot be disposed while C++ holds it', () => {
    const s = new FortyTwo();
    Holder.hold(s);
    expect(() => dispose(s)).toThrow(/C\+\+ still holds this object through a shared pointer/);
    expect(Holder.read()).toBe(42);
    Holder.release();
    dispose(s);
    expect(() => Holder.hold(s)).toThrow(/destroyed|dispose/); // deleted now: C++ cannot take it
  });
});
