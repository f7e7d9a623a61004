// Child of fuzzFoundSeeds18to22.test.ts (run headless): what seeds 18–22 of `npm run fuzz` found
// crashing or hanging, each now a clear JS error, with the valid use beside it. Prints one JSON
// object: for each case, an error's class and message, or the value.
import Ogre from 'ogre-napi';
import { headlessRoot, probe } from '../../helpers/headlessRoot.mjs';

const out = {};
new Ogre.LogManager().createLog('fuzzFoundSeeds18to22.log', true, false, true);
const { root, window, sm } = headlessRoot(Ogre, 'fuzzFoundSeeds18to22');
const camera = sm.createCamera('camera');
const node = sm.getRootSceneNode().createChildSceneNode();
node.attachObject(camera);
const viewport = window.addViewport(camera);
const render = () => { root.renderOneFrame(); return 'rendered'; };

// A scene manager without its render system crashed the next render.
out.noRenderSystem = probe(() => sm._setDestinationRenderSystem(null));
out.renders = probe(render);
// Binding no texture to an enabled unit.
const rs = root.getRenderSystem();
out.nullTexture = probe(() => rs._setTexture(0, true, null));
out.disabledUnit = probe(() => { rs._setTexture(0, false, null); return 'disabled'; });
// A full pool doubled past what 16-bit indices draw; chains allocated at once.
const full = sm.createBillboardSet('full', 10000);
out.pool = probe(() => full.getPoolSize());
out.doubled = probe(() => { for (let i = 0; i <= 10000; i++) full.createBillboard([0, 0, 0]); return full.getNumBillboards(); });
out.filledPool = probe(() => full.getNumBillboards());
out.hugeChain = probe(() => new Ogre.BillboardChain('chain', 2 ** 20, 2));
out.chain = probe(() => { const c = new Ogre.BillboardChain('chain', 64, 2); c.setNumberOfChains(4); return c.getNumberOfChains(); });
// Fast-forwarding 2^53 seconds by 4 (or by 0) never ended.
const particles = sm.createParticleSystem('particles', 10);
out.longForward = probe(() => particles.fastForward(2 ** 53, 4));
out.zeroInterval = probe(() => particles.fastForward(1, 0));
out.forward = probe(() => { particles.fastForward(1, 0.1); return 'forwarded'; });
// Render queue invocations: parts of their sequence, never added twice; sequences not destroyed under a viewport.
const mine = new Ogre.RenderQueueInvocationSequence('mine');
const invocation = mine.add(Ogre.RENDER_QUEUE_MAIN, 'main');
out.adopt = probe(() => mine.add(invocation));
out.adoptNew = probe(() => { mine.add(new Ogre.RenderQueueInvocation(Ogre.RENDER_QUEUE_MAIN)); return mine.size(); });
out.cleared = probe(() => { mine.clear(); return invocation.getRenderQueueGroupID(); });
const rooted = root.createRenderQueueInvocationSequence('rooted');
rooted.add(Ogre.RENDER_QUEUE_MAIN, 'main');
viewport.setRenderQueueInvocationSequenceName('rooted');
out.sequenceRenders = probe(render);
out.destroyInUse = probe(() => root.destroyRenderQueueInvocationSequence('rooted'));
out.destroyAllInUse = probe(() => root.destroyAllRenderQueueInvocationSequences());
out.destroyed = probe(() => {
  viewport.setRenderQueueInvocationSequenceName('');
  root.destroyRenderQueueInvocationSequence('rooted');
  return rooted.size();
});
out.rendersAfter = probe(render);
// After shutdown, another render system shut the old one down a second time (the buffer manager went).
root.shutdown();
out.afterShutdown = probe(() => root.setRenderSystem(null));
out.bufferManager = probe(() => Ogre.HardwareBufferManager.getSingleton() instanceof Ogre.HardwareBufferManager);
console.log(`RESULT ${JSON.stringify(out)}`);
