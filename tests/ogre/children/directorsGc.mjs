// Child of directors/lifetimes.test.ts (run with --expose-gc): listeners JS no longer references
// stay alive while the engine holds them, keep being called, and are collected once removed.
import Ogre from 'ogre-napi';
import { collected, registry, settle } from '../../helpers/collection.mjs';

const root = new Ogre.Root('', '', '');
let calls = 0;
class Counting extends Ogre.FrameListener {
  frameStarted() { calls++; return true; }
}
const refs = [];
(() => {
  for (let i = 0; i < 50; i++) {
    const l = new Counting();
    root.addFrameListener(l);
    registry.register(l, `listener${i}`);
    refs.push(new WeakRef(l));
    // Plain C++ listeners made by JS: kept alive as well (the engine would call freed memory).
    const plain = new Ogre.FrameListener();
    root.addFrameListener(plain);
    registry.register(plain, `plain${i}`);
  }
})();
for (let i = 0; i < 50; i++) new Uint8Array(1 << 20); // garbage to encourage collection
await settle();
const keptWhileHeld = collected.size === 0;
for (let f = 0; f < 30; f++) root._fireFrameStarted();
const callsWhileHeld = calls;
for (const ref of refs) root.removeFrameListener(ref.deref());
await settle();
const releasedAfterRemove = [...Array(50).keys()].every((i) => collected.has(`listener${i}`));
const plainStillHeld = [...Array(50).keys()].every((i) => !collected.has(`plain${i}`));
root._fireFrameStarted();

// returns: 'owned' — IndexData.clone's result belongs to JS: it does not keep its source alive.
new Ogre.DefaultHardwareBufferManager();
let copy = (() => {
  const data = new Ogre.IndexData();
  registry.register(data, 'source');
  return data.clone(false);
})();
await settle();
const sourceFreedWhileCloneLives = collected.has('source') && copy instanceof Ogre.IndexData;
registry.register(copy, 'clone');
copy = null;
await settle();
const cloneCollected = collected.has('clone');
process.stdout.write(JSON.stringify({ keptWhileHeld, callsWhileHeld, releasedAfterRemove, plainStillHeld, callsAfterRemove: calls - callsWhileHeld, sourceFreedWhileCloneLives, cloneCollected }));
root.shutdown();
