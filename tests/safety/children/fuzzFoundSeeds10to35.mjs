// Child of fuzzFoundSeeds10to35.test.ts (run headless): what seeds 8, 10–12 and 23–35 of `npm run fuzz`
// found crashing after seeds 1–9 were clean, each now a clear JS error, with the valid use beside it.
// Prints one JSON object: for each case, an error's class and message, or the value.
import Ogre from 'ogre-napi';
import { headlessRoot, probe } from '../../helpers/headlessRoot.mjs';

const out = {};
new Ogre.LogManager().createLog('fuzzFoundSeeds10to35.log', true, false, true);
const { root, window, sm } = headlessRoot(Ogre, 'fuzzFoundSeeds10to35');

// Animations delete their tracks, tracks their key frames: wrappers die with them, and so what used them.
const animation = new Ogre.Animation('walk', 1);
const track = animation.createNumericTrack(2);
const made = new Ogre.TransformKeyFrame(track, 0.25);
const owned = track.createNumericKeyFrame(0.5);
out.trackKeyFrames = probe(() => track.getNumKeyFrames());
animation.destroyAllTracks();
out.deadTrack = probe(() => track.getNumKeyFrames());
out.deadMadeKeyFrame = probe(() => made.setScale([1, 2, 3]));
out.deadOwnedKeyFrame = probe(() => owned.getTime());
const nodeTrack = animation.createNodeTrack(1);
const key = nodeTrack.createNodeKeyFrame(0.5);
nodeTrack.removeAllKeyFrames();
out.removedKeyFrame = probe(() => key.getTime());
out.newTrack = probe(() => nodeTrack.createNodeKeyFrame(0.75).getTime());

// Pixel boxes are read at (x, y, z) without a check.
const image = new Ogre.Image(Ogre.PF_BYTE_RGBA, 4, 4);
out.boxOutside = probe(() => image.getPixelBox().getColourAt(4, 0, 0));
out.boxHuge = probe(() => image.getPixelBox().getColourAt(4294967296, 255, 2));
out.boxEmpty = probe(() => new Ogre.PixelBox().getColourAt(0, 0, 0));
image.setColourAt([1, 0, 0, 1], 3, 3, 0);
out.boxInside = probe(() => [...image.getPixelBox().getColourAt(3, 3, 0)]);

// An empty buffer reaches C++ as a pointer to zero bytes, not null (`p + size - 1` stepped back from null).
out.emptySwap = probe(() => { Ogre.Bitwise.bswapBuffer(new Uint8Array(0), 0); return 'swapped'; });
const bytes = new Uint8Array([1, 2, 3]);
Ogre.Bitwise.bswapBuffer(bytes, 3);
out.swap = { value: [...bytes] };

// GL reads a window's contents through its first viewport.
out.noViewport = probe(() => window.writeContentsToTimestampedFile('shot', '.png'));

// NaN or a zero rotation for a new child node (OGRE asserts on them).
const huge = new Ogre.Vector3(1e38, 0, 0).mul(1e38);
out.nanChild = probe(() => sm.getRootSceneNode().createChildSceneNode(huge.sub(huge)));
out.infiniteChild = probe(() => sm.getRootSceneNode().createChildSceneNode('far', huge));
out.zeroRotationChild = probe(() => sm.getRootSceneNode().createChildSceneNode([0, 0, 0], [0, 0, 0, 0]));
out.child = probe(() => [...sm.getRootSceneNode().createChildSceneNode([1, 2, 3]).getPosition()]);

// A billboard not in the set, a texture unit made for a pass but not added to it.
const set = sm.createBillboardSet('set');
const stranger = new Ogre.Billboard([0, 0, 0], set, [1, 1, 1, 1]);
out.strangerBillboard = probe(() => set.removeBillboard(stranger));
const mine = set.createBillboard([1, 1, 1]);
out.ownBillboard = probe(() => { set.removeBillboard(mine); return set.getNumBillboards(); });
const pass = Ogre.MaterialManager.getSingleton().create('seeds10to12', 'General').getTechnique(0).getPass(0);
out.strangerUnit = probe(() => pass.getTextureUnitStateIndex(new Ogre.TextureUnitState(pass)));
const unit = pass.createTextureUnitState();
out.ownUnit = probe(() => pass.getTextureUnitStateIndex(unit));

// Null depth-buffer target; a pass queued for deletion while its technique still lists it.
out.nullDepthTarget = probe(() => root.getRenderSystem().setDepthBufferFor(null));
out.queueForDeletion = probe(() => pass.queueForDeletion());

// Automatic constants OGRE has no definition of; shared parameters by name without a GpuProgramManager
// (checked in the root-less part of the test).
out.unknownAutoConstant = probe(() => new Ogre.UniformParameter(Ogre.GpuProgramParameters.ACT_UNKNOWN, 1, 1));
out.autoConstant = probe(() => new Ogre.UniformParameter(Ogre.GpuProgramParameters.ACT_TIME, 1, 1).getName());
// A lone border panel has no border to queue until initialised.
const overlaySystem = new Ogre.OverlaySystem();
out.loneQueue = probe(() => new Ogre.BorderPanelOverlayElement('lone')._updateRenderQueue(new Ogre.RenderQueue()));

// Seed 8: a group id past RENDER_QUEUE_COUNT (the two-argument overload names it groupId).
const queue = new Ogre.RenderQueue();
const debug = sm.getRootSceneNode().getDebugRenderable(1);
out.queueGroup = probe(() => queue.addRenderable(debug, 255));
out.queueDefaultGroup = probe(() => queue.setDefaultQueueGroup(200));
out.queued = probe(() => { queue.addRenderable(debug, Ogre.RENDER_QUEUE_MAIN); queue.setDefaultQueueGroup(Ogre.RENDER_QUEUE_OVERLAY); return queue.getDefaultQueueGroup(); });
// Seed 8: detaching from a node the object is not attached to (the node it is attached to kept it).
const holder = sm.getRootSceneNode().createChildSceneNode();
const lamp = sm.createLight('lamp');
holder.attachObject(lamp);
out.foreignDetach = probe(() => sm.getRootSceneNode().detachObject(lamp));
out.ownDetach = probe(() => { holder.detachObject(lamp); return holder.numAttachedObjects(); });
// Seed 24: billboards are injected between beginBillboards() and endBillboards().
const manual = sm.createBillboardSet('manual', 4);
manual.setCullIndividually(false);
out.endFirst = probe(() => manual.endBillboards());
out.injectFirst = probe(() => manual.injectBillboard(new Ogre.Billboard([0, 0, 0], manual, [1, 1, 1, 1])));
out.filled = probe(() => {
  manual.beginBillboards(1);
  manual.injectBillboard(new Ogre.Billboard([0, 0, 0], manual, [1, 1, 1, 1]));
  return 'filling';
});
out.beginTwice = probe(() => manual.beginBillboards());
out.ended = probe(() => { manual.endBillboards(); return 'ended'; });
// Seed 27: a node made its own child, or its ancestor's parent.
const top = sm.getRootSceneNode().createChildSceneNode('top');
const below = top.createChildSceneNode('below');
sm.getRootSceneNode().removeChild(top);
out.selfChild = probe(() => below.addChild(below));
out.ancestorChild = probe(() => below.addChild(top));
out.adopted = probe(() => { const other = sm.createSceneNode('other'); below.addChild(other); return other.getParent().getName(); });
// Seed 26: billboard pools past what 16-bit indices draw (a pool of 2^31 hung the process).
out.hugePool = probe(() => new Ogre.BillboardSet('huge', 2147483648, false));
out.hugePoolSize = probe(() => manual.setPoolSize(1e6));
out.poolSize = probe(() => { manual.setPoolSize(16384); return manual.getPoolSize(); });
// Seed 30: readLine writes maxCount characters and a zero; rendering a queue group outside a render.
const lines = new Ogre.MemoryDataStream('lines', 64, false);
out.shortLineBuffer = probe(() => lines.readLine(new Uint8Array(16), 99));
out.lineBuffer = probe(() => lines.readLine(new Uint8Array(100), 99));
out.invoke = probe(() => new Ogre.RenderQueueInvocation(Ogre.RENDER_QUEUE_MAIN).invoke(new Ogre.RenderQueueGroup(new Ogre.RenderQueue(), true, true, false), sm));
// Seed 24: GLX's swap interval is a signed int (a BadValue X error ended the process).
out.hugeInterval = probe(() => window.setVSyncInterval(4294967295));
out.interval = probe(() => { window.setVSyncInterval(2); return window.getVSyncInterval(); });
// Seed 27: a node's first debug renderable loads the engine's axes mesh, which can be removed.
out.debugBefore = probe(() => sm.getRootSceneNode().createChildSceneNode().getDebugRenderable().getMaterial().getName());
Ogre.MeshManager.getSingleton().remove('Ogre/Debug/AxesMesh', Ogre.RGN_INTERNAL);
out.debugAfter = probe(() => sm.getRootSceneNode().createChildSceneNode().getDebugRenderable());
// Seed 35: a sequence deletes the invocations added to it, one made in JS included.
const sequence = new Ogre.RenderQueueInvocationSequence('seeds35');
const invocation = new Ogre.RenderQueueInvocation(Ogre.RENDER_QUEUE_MAIN, 'main');
sequence.add(invocation);
out.added = probe(() => sequence.get(0) === invocation);
sequence.clear();
out.cleared = probe(() => invocation.setSuppressRenderStateChanges(true));
// Seed 31: a reversed LOD detail range (each camera notification clamps to it; OGRE asserts the order).
const lodEntity = sm.createEntity('lod', Ogre.SceneManager.PT_CUBE);
out.reversedLod = probe(() => lodEntity.setMeshLodBias(4, 255));
out.lod = probe(() => { lodEntity.setMeshLodBias(4, 0, 3); return 'set'; });
// An invocation the engine holds already is not JS's to give again (it would be deleted twice).
const other = new Ogre.RenderQueueInvocationSequence('other');
out.heldInvocation = probe(() => other.add(sequence.add(Ogre.RENDER_QUEUE_MAIN, 'held')));
// Seed 38: PSSM split indices; a particle quota past what its billboards draw.
const pssm = new Ogre.PSSMShadowCameraSetup();
out.splitIndex = probe(() => pssm.getOptimalAdjustFactor(2147483648));
out.split = probe(() => pssm.getOptimalAdjustFactor(pssm.getSplitCount() - 1));
const particles = sm.createParticleSystem('particles', 10);
out.hugeQuota = probe(() => particles.setParticleQuota(2147483648));
out.quota = probe(() => { particles.setParticleQuota(1000); return particles.getParticleQuota(); });
// Seed 32: flipAroundY reverses height rows of width pixels, whatever the depth (0: no rows at all).
const flat = new Ogre.Image();
out.zeroDepth = probe(() => flat.create(Ogre.PF_BYTE_RGBA, 64, 16, 0, 4));
out.flip = probe(() => { flat.create(Ogre.PF_BYTE_RGBA, 4, 2); flat.setColourAt([1, 0, 0, 1], 0, 0, 0); flat.flipAroundY(); return [...flat.getColourAt(3, 0, 0)]; });
out.noSlice = probe(() => { flat.loadDynamicImage(new Uint8Array(64), 4, 4, 0, Ogre.PF_BYTE_RGBA); return flat.flipAroundY(); });
// Seed 7: a lone overlay element has no overlay to take its world transforms from.
const lonePanel = Ogre.OverlayManager.getSingleton().createOverlayElement('BorderPanel', 'lonePanel');
out.loneTransforms = probe(() => lonePanel.getWorldTransforms());
out.borderRenderable = probe(() => new Ogre.BorderRenderable(lonePanel));
// Seed 39: an image side of 0 (scaling divided by it); engine-internal drawing; a destroyed resource pool.
out.zeroSide = probe(() => image.resize(3, 0));
out.draw = probe(() => root.getRenderSystem()._render(new Ogre.RenderOperation()));
const textures = Ogre.TextureManager.getSingleton();
const pool = textures.getResourcePool('seed39');
textures.destroyResourcePool('seed39');
out.destroyedPool = probe(() => pool.clear());
out.jsPool = probe(() => textures.destroyResourcePool(new Ogre.ResourceManager_ResourcePool('mine')));
// Seed 42: a destroyed scene manager's cameras no longer shown by the viewports (the next update rendered through one).
const doomed = root.createSceneManager();
const doomedCamera = doomed.createCamera('doomed');
doomed.getRootSceneNode().attachObject(doomedCamera);
const shown = window.addViewport(doomedCamera, 5);
root.destroySceneManager(doomed);
out.viewportAfterScene = probe(() => { shown.update(); return shown.getCamera(); });
// … and on a window a script detached from the render system (no longer listed there).
const second = root.createRenderWindow('detached', 32, 32, false);
const doomed2 = root.createSceneManager();
const camera2 = doomed2.createCamera('doomed2');
doomed2.getRootSceneNode().attachObject(camera2);
const shown2 = second.addViewport(camera2);
root.detachRenderTarget(second);
root.destroySceneManager(doomed2);
out.detachedViewport = probe(() => { shown2.update(); return shown2.getCamera(); });
console.log(`RESULT ${JSON.stringify(out)}`);
overlaySystem.dispose();
