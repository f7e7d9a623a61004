// What seeds 18–22 of `npm run fuzz` found: each is now a clear JS error naming the method and what
// is wrong, and the valid use beside it still works (tests/safety/children/fuzzFoundSeeds18to22.mjs
// runs them under a live headless Root).
import { describe, expect, it } from 'vitest';
import { probesOf, refused } from '../helpers/probes.js';

const out = probesOf('tests/safety/children/fuzzFoundSeeds18to22.mjs');

describe('fuzzer seeds 18–22', () => {
  it('refuses engine-internal render system changes, and another render system after shutdown', () => {
    refused(out.noRenderSystem, /^SceneManager\._setDestinationRenderSystem: engine-internal/);
    expect(out.renders).toEqual({ value: 'rendered' });
    refused(out.afterShutdown, /^Root\.setRenderSystem: Root was shut down/);
    // (its buffer manager, which every mesh and frustum uses, is still there)
    expect(out.bufferManager).toEqual({ value: true });
  });

  it('refuses an enabled texture unit without a texture', () => {
    refused(out.nullTexture, /^\w+\._setTexture: texPtr is null/);
    expect(out.disabledUnit).toEqual({ value: 'disabled' });
  });

  it('bounds billboard pools doubled when full, and chains', () => {
    expect(out.pool).toEqual({ value: 10000 });
    refused(out.doubled, /^BillboardSet\.createBillboard: the set is full, and doubling its pool would pass 16384 billboards/);
    expect(out.filledPool).toEqual({ value: 10000 });
    refused(out.hugeChain, /^BillboardChain\.constructor: numberOfChains × maxElements must be at most 1048576/, 'RangeError');
    expect(out.chain).toEqual({ value: 4 });
  });

  it('bounds the updates of a particle system\'s fast-forward', () => {
    refused(out.longForward, /^ParticleSystem\.fastForward: time \/ interval is the number of updates/, 'RangeError');
    refused(out.zeroInterval, /^ParticleSystem\.fastForward: time \/ interval/, 'RangeError');
    expect(out.forward).toEqual({ value: 'forwarded' });
  });

  it('keeps render queue invocations with their sequence, and sequences while a viewport renders through them', () => {
    refused(out.adopt, /^RenderQueueInvocationSequence\.add: i is not JavaScript's to give/, 'TypeError');
    expect(out.adoptNew).toEqual({ value: 2 });
    refused(out.cleared, /destroyed by RenderQueueInvocationSequence\.clear\(\)/);
    expect(out.sequenceRenders).toEqual({ value: 'rendered' });
    refused(out.destroyInUse, /^Root\.destroyRenderQueueInvocationSequence: a viewport renders through that sequence/);
    refused(out.destroyAllInUse, /^Root\.destroyAllRenderQueueInvocationSequences: a viewport renders through one/);
    refused(out.destroyed, /destroyed by Root\.destroyRenderQueueInvocationSequence\(\)/);
    expect(out.rendersAfter).toEqual({ value: 'rendered' });
  });
});
