// What seeds 13–17 of `npm run fuzz` found after seeds 1–12 were clean: each is now a clear JS
// error naming the method and what is wrong, and the valid use beside it still works
// (tests/safety/children/fuzzFoundSeeds13to17.mjs runs them under a live headless Root).
import { describe, expect, it } from 'vitest';
import { probesOf, refused } from '../helpers/probes.js';

const out = probesOf('tests/safety/children/fuzzFoundSeeds13to17.mjs');

describe('fuzzer seeds 13 to 17', () => {
  it('copies blend mask weights only over a mask, as many as it has', () => {
    refused(out.maskDataWithoutMask, /^AnimationState\._setBlendMaskData: the state has no blend mask/);
    refused(out.maskDataShort, /^AnimationState\._setBlendMaskData: blendMaskData needs at least 12 bytes, got 8/, 'RangeError');
    expect(out.maskData).toEqual({ value: 0.25 });
    refused(out.maskShort, /^AnimationState\._setBlendMask: blendMask must have a weight for every bone/);
    refused(out.maskNull, /^AnimationState\._setBlendMask: blendMask is null/);
    expect(out.mask).toEqual({ value: 0.75 });
  });

  it('refuses engine-internal pass splitting and a null pass to set up', () => {
    refused(out.split, /^Pass\._split: engine-internal/);
    refused(out.nullPass, /^SceneManager\._setPass: no overload accepts \(null/, 'TypeError');
  });

  it('checks overlay depths, bone handles, far planes, render queues and Dear ImGui rectangles', () => {
    refused(out.zOrderHigh, /^Overlay\.setZOrder: zorder must be at most 650/);
    expect(out.zOrder).toEqual({ value: 650 });
    refused(out.boneMissing, /^Skeleton\.getBone: handle is out of range/);
    expect(out.bone).toEqual({ value: 'hip' });
    refused(out.farNegative, /^\w+\.setFarClipDistance: farDist must not be negative/);
    expect(out.farInfinite).toEqual({ value: 0 });
    refused(out.queueHigh, /^BillboardParticleRenderer\.setRenderQueueGroupAndPriority: queueID is out of range/);
    expect(out.queue).toEqual({ value: true });
    refused(out.rectEmpty, /^ImFontAtlas\.AddCustomRectRegular: width and height must be 1 … 65535/);
    expect(out.rect).toEqual({ value: 0 });
  });

  it('makes cameras through their scene manager only (it renders through the ones it made)', () => {
    refused(out.cameraConstructed, /^Camera\.constructor: create cameras with sceneManager\.createCamera\(\)/);
  });

  it('refuses a billboard from an empty growing pool, and hand-filled billboards outside begin … end', () => {
    refused(out.emptyPool, /^BillboardSet\.createBillboard: the billboard pool is empty/);
    expect(out.fixedEmptyPool).toEqual({ value: null });
    expect(out.billboard).toEqual({ value: 1 });
    refused(out.endUnbegun, /^BillboardSet\.endBillboards: call beginBillboards\(\) first/);
    refused(out.injectUnbegun, /^BillboardSet\.injectBillboard: call beginBillboards\(\) first/);
    expect(out.injected).toEqual({ value: true });
    refused(out.injectPastBegun, /^BillboardSet\.injectBillboard: more billboards than beginBillboards\(numBillboards\) locked/);
    expect(out.ended).toEqual({ value: true });
  });

  it('keeps the default log while Root lives', () => {
    refused(out.defaultLogNull, /^LogManager\.setDefaultLog: no overload accepts \(null\)/, 'TypeError');
    refused(out.defaultLogDestroyed, /^LogManager\.destroyLog: name is the default log/);
    expect(out.otherLogDestroyed).toEqual({ value: true });
    refused(out.looseDefaultLog, /^LogManager\.setDefaultLog: newLog is not one of this manager's logs/);
    expect(out.otherDefaultLog).toEqual({ value: ['fuzzFoundSeeds13to17.log', 'fuzzFoundSeeds13to17.log'] });
  });

  it('keeps the primary window (its GL context is everything\'s) until Root.shutdown()', () => {
    refused(out.destroyPrimary, /^Root\.destroyRenderTarget: it is the primary window/);
    refused(out.destroyPrimaryByName, /^Root\.destroyRenderTarget: it is the primary window/);
    refused(out.destroyPrimaryWindow, /^\w+\.destroyRenderWindow: it is the primary window/);
    expect(out.primaryAfter).toEqual({ value: 64 });
    refused(out.secondDestroyed, /destroyed/);
    expect(out.thirdWindow).toEqual({ value: 16 });
  });

  it('leaves no viewport active when its window is detached', () => {
    expect(out.activeAfterDetach).toEqual({ value: null });
    expect(out.clearDetached).toEqual({ value: true });
  });

  it('renders no frame after Root.shutdown()', () => {
    expect(out.frame).toEqual({ value: true });
    refused(out.frameAfterShutdown, /^Root\.renderOneFrame: Root was shut down/);
  });
});
