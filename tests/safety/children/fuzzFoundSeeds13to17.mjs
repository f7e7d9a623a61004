// Child of fuzzFoundSeeds13to17.test.ts (run headless): what seeds 13–17 of `npm run fuzz` found
// crashing after seeds 1–12 were clean, each now a clear JS error, with the valid use beside it.
// Prints one JSON object: for each case, an error's class and message, or the value.
import Ogre from 'ogre-napi';
import { headlessRoot, probe } from '../../helpers/headlessRoot.mjs';

const out = {};
const logs = new Ogre.LogManager();
logs.createLog('fuzzFoundSeeds13to17.log', true, false, true);
const { root, window, sm } = headlessRoot(Ogre, 'fuzzFoundSeeds13to17');
const camera = sm.createCamera('camera');
sm.getRootSceneNode().createChildSceneNode().attachObject(camera);
const viewport = window.addViewport(camera);

// Blend masks: copied over the mask there is, as many weights as it has.
const state = new Ogre.AnimationStateSet().createAnimationState('walk', 0, 1);
out.maskDataWithoutMask = probe(() => state._setBlendMaskData(new Float32Array(4)));
state.createBlendMask(3, 1);
out.maskDataShort = probe(() => state._setBlendMaskData(new Float32Array(2)));
out.maskData = probe(() => { state._setBlendMaskData(new Float32Array([0.5, 0.25, 0.125])); return state.getBlendMaskEntry(1); });
out.maskShort = probe(() => state._setBlendMask([1]));
out.maskNull = probe(() => state._setBlendMask(null));
out.mask = probe(() => { state._setBlendMask([1, 0.75, 0]); return state.getBlendMaskEntry(1); });

// Engine-internal pass splitting; the pass set up for rendering must be one.
const pass = Ogre.MaterialManager.getSingleton().create('seeds13to17', 'General').getTechnique(0).getPass(0);
out.split = probe(() => pass._split(0));
out.nullPass = probe(() => sm._setPass(null, false, false));

// Overlays, bones, frustums, render queues, Dear ImGui rectangles.
out.zOrderHigh = probe(() => new Ogre.Overlay('high').setZOrder(651));
out.zOrder = probe(() => { const o = new Ogre.Overlay('top'); o.setZOrder(650); return o.getZOrder(); });
const skeleton = Ogre.SkeletonManager.getSingleton().create('seeds13to17.skeleton', 'General');
out.boneMissing = probe(() => skeleton.getBone(64));
out.bone = probe(() => { skeleton.createBone('hip'); return skeleton.getBone(0).getName(); });
out.farNegative = probe(() => camera.setFarClipDistance(-1));
out.farInfinite = probe(() => { camera.setFarClipDistance(0); return camera.getFarClipDistance(); });
const renderer = new Ogre.BillboardParticleRendererFactory().createInstance('General');
out.queueHigh = probe(() => renderer.setRenderQueueGroupAndPriority(255, 255));
out.queue = probe(() => { renderer.setRenderQueueGroup(Ogre.RENDER_QUEUE_OVERLAY); return true; });
out.cameraConstructed = probe(() => new Ogre.Camera('loose', sm));
const atlas = new Ogre.ImFontAtlas();
out.rectEmpty = probe(() => atlas.AddCustomRectRegular(0, 16));
out.rect = probe(() => atlas.AddCustomRectRegular(16, 16));

// Billboards: an empty pool never grows; hand-filled ones go between begin and end.
out.emptyPool = probe(() => new Ogre.BillboardSet('empty', 0).createBillboard([0, 0, 0]));
out.fixedEmptyPool = probe(() => { const set = new Ogre.BillboardSet('fixed', 0); set.setAutoextend(false); return set.createBillboard([0, 0, 0]); });
const billboards = sm.createBillboardSet('one', 1);
out.billboard = probe(() => billboards.createBillboard([1, 2, 3]).getPosition().x);
out.endUnbegun = probe(() => billboards.endBillboards());
out.injectUnbegun = probe(() => billboards.injectBillboard(new Ogre.Billboard()));
out.injected = probe(() => {
  billboards.beginBillboards(1);
  billboards.injectBillboard(new Ogre.Billboard());
  return true;
});
out.injectPastBegun = probe(() => billboards.injectBillboard(new Ogre.Billboard()));
out.ended = probe(() => { billboards.endBillboards(); return true; });

// The default log stays while Root lives.
out.defaultLogNull = probe(() => logs.setDefaultLog(null));
out.defaultLogDestroyed = probe(() => logs.destroyLog('fuzzFoundSeeds13to17.log'));
out.otherLogDestroyed = probe(() => { logs.destroyLog(logs.createLog('other.log', false, false, true)); return true; });
out.looseDefaultLog = probe(() => logs.setDefaultLog(new Ogre.Log('loose.log', false, true)));
out.otherDefaultLog = probe(() => {
  const other = logs.createLog('other.log', false, false, true);
  const first = logs.setDefaultLog(other);
  logs.setDefaultLog(first);
  logs.destroyLog(other);
  return [first.getName(), logs.getDefaultLog().getName()];
});

// The primary window holds the GL context everything shares: it goes with shutdown() only.
out.destroyPrimary = probe(() => root.destroyRenderTarget(window));
out.destroyPrimaryByName = probe(() => root.destroyRenderTarget('fuzzFoundSeeds13to17'));
out.destroyPrimaryWindow = probe(() => root.getRenderSystem().destroyRenderWindow('fuzzFoundSeeds13to17'));
out.primaryAfter = probe(() => window.getWidth());
const second = root.createRenderWindow('second', 32, 32, false);
root.destroyRenderTarget('second');
out.secondDestroyed = probe(() => second.getWidth());
out.thirdWindow = probe(() => {
  const third = root.createRenderWindow('third', 16, 16, false);
  third.addViewport(camera).clear();
  const width = third.getWidth();
  root.destroyRenderTarget(third);
  return width;
});

// A detached window leaves no viewport active: clearing draws through none.
window.update();
root.detachRenderTarget(window);
out.activeAfterDetach = probe(() => root.getRenderSystem()._getViewport());
out.clearDetached = probe(() => { viewport.clear(); return true; });
root.getRenderSystem().attachRenderTarget(window);

// Root renders no frame once shut down.
out.frame = probe(() => root.renderOneFrame(0.01));
root.shutdown();
out.frameAfterShutdown = probe(() => root.renderOneFrame(0.01));
console.log(`RESULT ${JSON.stringify(out)}`);
