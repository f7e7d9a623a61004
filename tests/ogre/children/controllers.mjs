// Child of directors/controllers.test.ts (headless, --expose-gc): a JS ControllerValueReal and
// ControllerFunctionReal handed to ControllerManager as shared pointers, driven over rendered frames,
// kept alive by the engine while the controller lives and released by destroyController.
import Ogre from 'ogre-napi';
import { collected, registry, settle } from '../../helpers/collection.mjs';
import { headlessRoot } from '../../helpers/headlessRoot.mjs';

Ogre.LogManager.logToNowhere();
const { root, window, sm } = headlessRoot(Ogre, 'controllers');
window.addViewport(sm.createCamera('camera'));
const cm = Ogre.ControllerManager.getSingleton();

/** Records every value the controller sets. */
class Recorder extends Ogre.ControllerValueReal {
  values = [];
  getValue() { return this.values.at(-1) ?? 0; }
  setValue(v) { this.values.push(v); }
}
/** Records its inputs, returns twice each. */
class Doubler extends Ogre.ControllerFunctionReal {
  inputs = [];
  constructor() { super(false); }
  calculate(x) { this.inputs.push(x); return 2 * x; }
}
/** The frame times the engine hands its frame listeners (the frame-time source reads the same). */
class Times extends Ogre.FrameListener {
  times = [];
  frameStarted(evt) { this.times.push(evt.timeSinceLastFrame); return true; }
}
const times = new Times();
root.addFrameListener(times);
const frames = (n) => {
  for (let i = 0; i < n; i++) {
    const until = Date.now() + 2; // frames at least 2 ms apart: non-zero frame times
    while (Date.now() < until);
    root.renderOneFrame();
  }
};

const out = {};
let controller;
const refs = {};
(() => {
  const value = new Recorder();
  const fn = new Doubler();
  registry.register(value, 'value');
  registry.register(fn, 'function');
  refs.value = new WeakRef(value);
  refs.fn = new WeakRef(fn);
  controller = cm.createController(cm.getFrameTimeSource(), value, fn);
  // C++ hands the same JS objects back.
  out.sameDestination = controller.getDestination() === value;
  out.sameFunction = controller.getFunction() === fn;
})();

frames(10);
const value = () => refs.value.deref();
const fn = () => refs.fn.deref();
const started = times.times.length;
out.calls = { calculate: fn().inputs.length, setValue: value().values.length };
// Each frame's controller update reads the frame time the listeners saw and sets twice that
// (OGRE skips controllers in frame 0: its frame number is the one they were last updated in).
const seen = times.times.slice(started - 9);
out.inputsAreFrameTimes = fn().inputs.length === seen.length && fn().inputs.every((x, i) => x === seen[i]) && seen.every((x) => x > 0);
out.setsTwice = value().values.every((v, i) => v === Math.fround(2 * fn().inputs[i]));

// JS references gone (only WeakRefs left): the controller keeps both alive and working.
await settle();
out.keptWhileControlled = !collected.has('value') && !collected.has('function');
frames(5);
out.callsAfterGc = { calculate: fn().inputs.length, setValue: value().values.length };

// dispose() cannot delete what C++ still shares: an Error, and the object keeps working.
try {
  value().dispose();
  out.disposeWhileShared = 'disposed';
} catch (e) {
  out.disposeWhileShared = `${e.constructor.name}: ${e.message}`;
}
frames(1);
out.callsAfterRefusedDispose = value().values.length;

// The same function in a second controller: one more owner of the same object.
const second = cm.createController(cm.getFrameTimeSource(), new Recorder(), fn());
out.sharedFunction = second.getFunction() === controller.getFunction();
cm.destroyController(controller);
controller = null;
await settle();
out.destroyReleasesValue = collected.has('value');
out.secondKeepsFunction = !collected.has('function');
frames(2);
out.functionCallsAfterFirstDestroyed = fn().inputs.length;
cm.destroyController(second);
await settle();
out.lastDestroyReleasesFunction = collected.has('function');

// What C++ cannot share is refused with an error, not a crash.
try {
  cm.createController(cm.getFrameTimeSource(), new Recorder(), new Ogre.PassthroughControllerFunction(false));
  out.notShareable = 'accepted';
} catch (e) {
  out.notShareable = `${e.constructor.name}: ${e.message.split('\n')[0]}`;
}
frames(1);
process.stdout.write(`${JSON.stringify({ controllers: out })}\n`);
root.shutdown();
