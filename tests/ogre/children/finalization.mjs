// Child of finalization.test.ts (run with --expose-gc): objects JS owns are deleted when collected,
// the identity cache keeps the same wrapper while it lives and drops collected ones, and
// `instanceof` holds through mixins. Prints what it saw as JSON.
import Ogre from 'ogre-napi';
import { identityCacheSize } from '../../../lib/runtime.js';

/** Full collections, with turns of the event loop for the finalizers, until `done()` or 100 rounds. */
async function collectUntil(done) {
  for (let i = 0; i < 100 && !done(); i++) {
    globalThis.gc();
    await new Promise((r) => setTimeout(r, 5));
  }
  return done();
}

const out = {};

// A LogManager constructed from JS is the engine's singleton until its wrapper is collected.
(() => {
  const lm = new Ogre.LogManager();
  lm.createLog('first', true, false, true);
  out.singletonWhileAlive = Ogre.LogManager.getSingleton().getDefaultLog().getName();
})();
/** True once the engine's LogManager is gone (getSingleton then throws instead of asserting). */
const noLogManager = () => {
  try {
    Ogre.LogManager.getSingleton();
    return false;
  } catch (e) {
    return /no LogManager exists/.test(e.message);
  }
};
out.deletedWhenCollected = await collectUntil(noLogManager);

// Borrowed Logs: the same wrapper while it lives; collected wrappers leave the identity cache.
const lm = new Ogre.LogManager();
for (let i = 0; i < 3; i++) globalThis.gc();
await new Promise((r) => setTimeout(r, 5)); // let the cache drop what start-up left behind
const baseline = identityCacheSize();
(() => {
  const logs = [];
  for (let i = 0; i < 5000; i++) logs.push(lm.createLog(`log${i}`, false, false, true));
  out.sameWrapper = lm.getLog('log7') === logs[7] && lm.getLog('log4999') === logs[4999];
  out.grewBy = identityCacheSize() - baseline;
})();
out.prunedToBaseline = await collectUntil(() => identityCacheSize() <= baseline);
out.stillInEngine = lm.getLog('log7').getName();

// instanceof through mixins: MovablePlane derives from MovableObject, which mixes in
// AnimableObject; the mixin graph has cycles.
const root = new Ogre.Root('', '', '');
const plane = new Ogre.MovablePlane('p');
out.mixins = [Ogre.MovablePlane, Ogre.MovableObject, Ogre.AnimableObject, Ogre.ShadowCaster].map((C) => plane instanceof C);
const img = new Ogre.Image();
out.notMixins = [Ogre.Renderable, Ogre.MovableObject, Ogre.Log].map((C) => img instanceof C || plane instanceof Ogre.Renderable || plane instanceof Ogre.Log);
out.primitives = [null, 1, 'x', {}].map((v) => v instanceof Ogre.MovableObject);
out.imageIsImage = img instanceof Ogre.Image;
root.shutdown();
process.stdout.write(JSON.stringify(out));
