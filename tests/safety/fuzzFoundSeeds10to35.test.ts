// What seeds 8, 10–12 and 23–35 of `npm run fuzz` found after seeds 1–9 were clean (13–22: the
// fuzzFoundSeeds13to17 and 18to22 tests): each is now a clear JS error naming the method and what is
// wrong, and the valid use beside it still works (the child runs them under a live headless Root).
import { describe, expect, it } from 'vitest';
import Ogre from 'ogre-napi';
import { probesOf, refused } from '../helpers/probes.js';

const out = probesOf('tests/safety/children/fuzzFoundSeeds10to35.mjs');

describe('fuzzer seeds 8 and 10–12', () => {
  it('kills the wrappers of tracks and key frames their animation or track deleted', () => {
    expect(out.trackKeyFrames).toEqual({ value: 1 });
    refused(out.deadTrack, /^AnimationTrack\.getNumKeyFrames: this NumericAnimationTrack was destroyed by Animation\.destroyAllTracks\(\)/);
    // A key frame JS made over the track, and one the track made.
    refused(out.deadMadeKeyFrame, /^TransformKeyFrame\.setScale: .*destroyed by Animation\.destroyAllTracks\(\), with the NumericAnimationTrack it used/);
    refused(out.deadOwnedKeyFrame, /^KeyFrame\.getTime: .*with the NumericAnimationTrack it belonged to/);
    refused(out.removedKeyFrame, /^KeyFrame\.getTime: this TransformKeyFrame was destroyed by AnimationTrack\.removeAllKeyFrames\(\)/);
    expect(out.newTrack).toEqual({ value: 0.75 });
  });

  it('checks pixel box coordinates and data', () => {
    refused(out.boxOutside, /^PixelBox\.getColourAt: x is outside the box/);
    refused(out.boxHuge, /^PixelBox\.getColourAt: x is outside the box/);
    refused(out.boxEmpty, /^PixelBox\.getColourAt: the pixel box has no data/);
    expect(out.boxInside).toEqual({ value: [1, 0, 0, 1] });
  });

  it('passes an empty buffer as zero bytes, not as null', () => {
    expect(out.emptySwap).toEqual({ value: 'swapped' });
    expect(out.swap).toEqual({ value: [3, 2, 1] });
  });

  it('refuses reading a window without a viewport, and non-finite or zero-rotation child nodes', () => {
    refused(out.noViewport, /^RenderTarget\.writeContentsToTimestampedFile: the render target has no viewport/);
    refused(out.nanChild, /^SceneNode\.createChildSceneNode: translate must be finite/);
    refused(out.infiniteChild, /^SceneNode\.createChildSceneNode: translate must be finite/);
    refused(out.zeroRotationChild, /^SceneNode\.createChildSceneNode: rotate must not be all zeros/);
    expect(out.child).toEqual({ value: [1, 2, 3] });
  });

  it('refuses a billboard or texture unit that is not the receiver\'s', () => {
    refused(out.strangerBillboard, /^BillboardSet\.removeBillboard: pBill is not an active billboard of this set/);
    expect(out.ownBillboard).toEqual({ value: 0 });
    refused(out.strangerUnit, /^Pass\.getTextureUnitStateIndex: state is not a texture unit of this pass/);
    expect(out.ownUnit).toEqual({ value: 0 });
  });

  it('refuses null targets, engine-internal calls and unknown automatic constants', () => {
    refused(out.nullDepthTarget, /^RenderSystem\.setDepthBufferFor: /, 'TypeError');
    refused(out.queueForDeletion, /^Pass\.queueForDeletion: engine-internal/);
    refused(out.loneQueue, /^BorderPanelOverlayElement\._updateRenderQueue: engine-internal/);
    refused(out.unknownAutoConstant, /^UniformParameter\.constructor: autoType is not an automatic constant/);
    expect(out.autoConstant).toEqual({ value: 'time1' });
  });
});

describe('fuzzer seeds 8 and 24, after the above', () => {
  it('checks render queue group ids in every overload', () => {
    refused(out.queueGroup, /^RenderQueue\.addRenderable: groupId is out of range/);
    refused(out.queueDefaultGroup, /^RenderQueue\.setDefaultQueueGroup: grp is out of range/);
    expect(out.queued).toEqual({ value: Number(Ogre.RENDER_QUEUE_OVERLAY) });
  });

  it('refuses detaching an object from a node it is not attached to', () => {
    refused(out.foreignDetach, /^SceneNode\.detachObject: obj is not attached to this node/);
    expect(out.ownDetach).toEqual({ value: 0 });
  });

  it('injects billboards only between beginBillboards() and endBillboards()', () => {
    refused(out.endFirst, /^BillboardSet\.endBillboards: call beginBillboards\(\) first/);
    refused(out.injectFirst, /^BillboardSet\.injectBillboard: call beginBillboards\(\) first/);
    expect(out.filled).toEqual({ value: 'filling' });
    refused(out.beginTwice, /^BillboardSet\.beginBillboards: beginBillboards\(\) was called already/);
    expect(out.ended).toEqual({ value: 'ended' });
  });
});

describe('fuzzer seeds 26 and 27', () => {
  it('refuses a node as its own descendant', () => {
    refused(out.selfChild, /^Node\.addChild: child is this node or one of its ancestors/);
    refused(out.ancestorChild, /^Node\.addChild: child is this node or one of its ancestors/);
    expect(out.adopted).toEqual({ value: 'below' });
  });

  it('caps billboard pools at what 16-bit indices draw', () => {
    refused(out.hugePool, /^BillboardSet\.constructor: poolSize must be at most 16384/);
    refused(out.hugePoolSize, /^BillboardSet\.setPoolSize: size must be at most 16384/);
    expect(out.poolSize).toEqual({ value: 16384 });
  });
});

describe('fuzzer seed 30', () => {
  it('checks readLine\'s buffer against maxCount and its terminating zero', () => {
    refused(out.shortLineBuffer, /^MemoryDataStream\.readLine: buf needs at least 100 bytes, got 16/, 'RangeError');
    expect(out.lineBuffer).toEqual({ value: 64 });
  });

  it('refuses rendering a queue group outside a viewport\'s render', () => {
    refused(out.invoke, /^RenderQueueInvocation\.invoke: engine-internal/);
  });
});

describe('fuzzer seeds 24 and 27, after the above', () => {
  it('keeps the swap interval within what GLX takes', () => {
    refused(out.hugeInterval, /^RenderWindow\.setVSyncInterval: interval must be 0 … 16/);
    expect(out.interval).toEqual({ value: 2 });
  });

  it('refuses a first debug renderable once the engine\'s axes mesh is removed', () => {
    expect(out.debugBefore).toEqual({ value: 'Ogre/Debug/AxesMat' });
    refused(out.debugAfter, /^SceneNode\.getDebugRenderable: the engine's axes mesh \(Ogre\/Debug\/AxesMesh\) was removed/);
  });
});

describe('fuzzer seeds 31 and 35', () => {
  it('ends an invocation made in JS with the sequence that took it over', () => {
    expect(out.added).toEqual({ value: true });
    refused(out.cleared, /^RenderQueueInvocation\.setSuppressRenderStateChanges: this RenderQueueInvocation was destroyed by RenderQueueInvocationSequence\.clear\(\)/);
  });

  it('refuses giving a sequence an invocation the engine holds already', () => {
    refused(out.heldInvocation, /^RenderQueueInvocationSequence\.add: i is not JavaScript's to give/, 'TypeError');
  });

  it('refuses a reversed LOD detail range, defaults included', () => {
    refused(out.reversedLod, /^Entity\.setMeshLodBias: maxDetailIndex must be at most minDetailIndex/);
    expect(out.lod).toEqual({ value: 'set' });
  });
});

describe('fuzzer seeds 37 and 38', () => {
  it('checks PSSM split indices and caps particle quotas at what their billboards draw', () => {
    refused(out.splitIndex, /^PSSMShadowCameraSetup\.getOptimalAdjustFactor: splitIndex is out of range/);
    expect(typeof out.split?.value).toBe('number');
    refused(out.hugeQuota, /^ParticleSystem\.setParticleQuota: quota must be at most 16384/);
    expect(out.quota).toEqual({ value: 1000 });
  });
});

describe('fuzzer seeds 7 and 32, after the others changed their calls', () => {
  it('refuses images without a full slice to flip', () => {
    refused(out.zeroDepth, /^Image\.create: width, height, depth and numFaces must be at least 1/);
    expect(out.flip).toEqual({ value: [1, 0, 0, 1] });
    refused(out.noSlice, /^Image\.flipAroundY: the image holds no full slice/);
  });

  it('refuses a lone overlay element\'s world transforms, and border renderables made from JS', () => {
    refused(out.loneTransforms, /getWorldTransforms: the element is in no overlay/);
    refused(out.borderRenderable, /^BorderRenderable\.constructor: a border panel makes its border renderable/);
  });
});

describe('fuzzer seeds 39 and 42 (new seeds on the final tree)', () => {
  it('refuses an image side of 0, engine-internal drawing, and a destroyed or JS-made resource pool', () => {
    refused(out.zeroSide, /^Image\.resize: width and height must be at least 1/);
    refused(out.draw, /^\w*RenderSystem\._render: engine-internal/);
    refused(out.destroyedPool, /destroyed by ResourceManager\.destroyResourcePool\(\)/);
    refused(out.jsPool, /^ResourceManager\.destroyResourcePool: pool was created from JavaScript/, 'TypeError');
  });

  it('leaves no viewport showing a camera of a destroyed scene manager', () => {
    expect(out.viewportAfterScene).toEqual({ value: null });
    expect(out.detachedViewport).toEqual({ value: null });
  });
});

describe('without a Root', () => {
  it('needs resource groups to load two images by name', () => {
    expect(() => new Ogre.Image().loadTwoImagesAsRGBA('a.png', 'b.png', 'General')).toThrow(/^Image\.loadTwoImagesAsRGBA: create Ogre\.Root first/);
  });

  it('needs a GpuProgramManager to add shared parameters by name', () => {
    const params = new Ogre.GpuProgramParameters(new Ogre.GpuProgramParameters());
    expect(() => params.addSharedParameters('')).toThrow(/^GpuProgramParameters\.addSharedParameters: create Ogre\.Root first/);
  });
});
