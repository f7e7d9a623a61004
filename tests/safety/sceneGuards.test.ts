// Calls on a live headless scene that `npm run fuzz` found crashing, hanging or ending the process
// (its `root` mode): each is now a clear JS error naming the method and what to do, objects the
// engine destroys on the way die with it, and the valid uses next to them still work.
import { describe, expect, it } from 'vitest';
import { childResult } from '../helpers/children.js';

type Probe = { value?: unknown; error?: string; message?: string };
const out = childResult<Record<string, Probe>>('tests/safety/children/sceneGuards.mjs');

const refused = (p: Probe | undefined, message: RegExp) => {
  expect(p?.error).toBe('Error');
  expect(p?.message).toMatch(message);
};
const dead = (p: Probe | undefined) => refused(p, /was destroyed by|destroyed this/);

describe('cameras culling through a cycle (the fuzzer\'s only hang)', () => {
  it('refuses a culling frustum that leads back to the camera', () => {
    refused(out.cullSelf, /^Camera\.setCullingFrustum: frustum culls through this camera/);
    refused(out.cullCycle, /^Camera\.setCullingFrustum: frustum culls through this camera/);
  });

  it('still culls through another frustum, and without one', () => {
    expect(out.cullFrustum).toEqual({ value: 8 });
    expect(out.cornersAfter).toEqual({ value: 8 });
  });
});

describe('render targets and viewports the engine destroys', () => {
  it('refuses to destroy a target by a name that names none', () => {
    refused(out.destroyUnknown, /^Root\.destroyRenderTarget: there is no render target of that name/);
  });

  it('kills a target destroyed by name, and the viewports of any destroyed target', () => {
    expect(out.secondBefore).toEqual({ value: 32 });
    dead(out.secondAfter);
    dead(out.secondViewportAfter);
    dead(out.thirdViewportAfter);
    dead(out.removedViewport);
    expect(out.cameraViewportBefore).toEqual({ value: true });
    expect(out.cameraViewportAfter).toEqual({ value: null });
    dead(out.fourthAfter);
  });

  it('kills what a destroyed scene manager owned, even objects whose listener a script replaced', () => {
    refused(out.unheardLight, /was destroyed by Root\.destroySceneManager\(\)/);
    refused(out.unheardNode, /was destroyed by Root\.destroySceneManager\(\)/);
  });

  it('leaves a viewport whose camera was destroyed showing nothing', () => {
    expect(out.viewportCamera).toEqual({ value: null });
    expect(out.updateAfterCamera).toEqual({ value: null });
    expect(out.frame).toEqual({ value: true });
  });
});

describe('windows and the render system', () => {
  it('refuses window sizes X11 cannot make (an X error ends the process)', () => {
    refused(out.hugeWindow, /^Root\.createRenderWindow: width and height must be 1 … 32767/);
    refused(out.zeroResize, /^RenderWindow\.resize: widthPt and heightPt must be 1 … 32767/);
  });

  it('leaves creating and destroying windows, and depth buffers, to the engine', () => {
    refused(out.createAgain, /^RenderWindow\.create: engine-internal: root\.createRenderWindow\(\)/);
    refused(out.destroyWindow, /^RenderWindow\.destroy: engine-internal/);
    refused(out.detachDepth, /^RenderTarget\._detachDepthBuffer: engine-internal: use detachDepthBuffer\(\)/);
  });

  it('refuses another render system once Root is initialised', () => {
    refused(out.switchRenderSystem, /^Root\.setRenderSystem: Root is initialised/);
    expect(out.sameRenderSystem).toEqual({ value: null });
  });

  it('refuses Root\'s scene-manager calls after shutdown', () => {
    refused(out.sceneManagerAfterShutdown, /^Root\.getSceneManager: Root was shut down/);
    refused(out.initialiseAfterShutdown, /^Root\.initialise: Root was shut down/);
  });
});

describe('rendering internals and scene state', () => {
  it('leaves shadow textures to the render that needs them', () => {
    refused(out.shadows, /^SceneManager\.prepareShadowTextures: engine-internal/);
    expect(out.frame).toEqual({ value: true });
  });

  it('leaves the render queue visitor, paused renders and animation buffers to the engine', () => {
    refused(out.visit, /QueuedRenderableVisitor\.visit: engine-internal/);
    refused(out.resume, /^SceneManager\._resumeRendering: engine-internal/);
    refused(out.tempCopies, /^TempBlendedBufferInfo\.checkoutTempCopies: engine-internal/);
  });

  it('lets factories delete only what no scene manager or Root lists', () => {
    refused(out.factoryCamera, /destroyInstance: obj (?:was not made by this factory|belongs to its scene manager)/);
    refused(out.factoryEntity, /^\w*Factory\.destroyInstance: obj belongs to its scene manager: destroy it with sceneManager\.destroyMovableObject\(\)/);
    expect(out.entityAfterFactory).toEqual({ value: true });
    refused(out.factorySceneManager, /destroyInstance: instance belongs to Root/);
    expect(out.cameraAfterFactory).toEqual({ value: 'camera' });
  });

  it('refuses a pass\'s shadow program that does not exist (OGRE kept an empty slot)', () => {
    refused(out.shadowProgram, /^Pass\.setShadowCasterVertexProgram: no vertex program of that name/);
    expect(out.cloneAfter).toEqual({ value: 'guards copy' });
    expect(out.clearShadowProgram).toEqual({ value: false });
  });

  it('kills a node\'s debug renderable with the node', () => {
    expect(out.debugBefore).toEqual({ value: 'Ogre/Debug/AxesMat' });
    dead(out.debugAfter);
    refused(out.debugNew, /node\.getDebugRenderable\(\)/);
  });

  it('refuses transforms that would put NaN into the bounds', () => {
    refused(out.infiniteOrientation, /^Node\.setOrientation: q must be finite/);
    refused(out.infinitePosition, /^Node\.setPosition: x must be finite/);
    refused(out.zeroRotation, /^Node\.setOrientation: w, x, y and z must not all be zero/);
    refused(out.infiniteNear, /^Frustum\.setNearClipDistance: nearDist must be finite/);
  });
});
