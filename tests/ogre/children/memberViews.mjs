// Reads node fields through the getters the runtime serves in place (ogre-headers/emit.ts
// memberViews) while the engine changes them, and prints what it read. The test runs it as is and
// with OGRE_NAPI_NATIVE_MATH=1 (every getter a native call) and compares.
import Ogre from 'ogre-napi';
import { probe } from '../../helpers/headlessRoot.mjs';

new Ogre.LogManager().createLog('memberViews.log', true, false, true);
const root = new Ogre.Root('', '', '');
const sm = root.createSceneManager();
const parent = sm.getRootSceneNode().createChildSceneNode('parent');
const nodes = [parent, parent.createChildSceneNode('child'), sm.getRootSceneNode()];
const skeleton = Ogre.SkeletonManager.getSingleton().create('memberViews', 'General');
nodes.push(skeleton.createBone('bone'));
const read = () => nodes.map((n) => [...n.getPosition(), ...n.getOrientation(), ...n.getScale()]);
const steps = [read()];
let seed = 7;
const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32) * 20 - 10;
for (let i = 0; i < 200; i++) {
  const n = nodes[i % nodes.length];
  if (i % 4 === 0) n.setPosition(random(), random(), random());
  if (i % 4 === 1) n.translate(random(), random(), random());
  if (i % 4 === 2) n.rotate(new Ogre.Vector3(random(), random(), random() + 11).normalisedCopy(), new Ogre.Radian(random()));
  if (i % 4 === 3) n.scale(1.01, 0.99, 1);
  steps.push(read());
}
// A copy, not a reference: changing it leaves the node alone.
const copy = parent.getPosition();
copy.x = 12345;
const copyIsolated = parent.getPosition().x !== 12345;
// A destroyed node refuses the getter; another class's object is a TypeError.
const doomed = parent.createChildSceneNode('doomed');
doomed.getPosition();
sm.destroySceneNode(doomed);
const afterDestroy = probe(() => doomed.getPosition());
const confused = probe(() => Ogre.Node.prototype.getPosition.call(new Ogre.Image()));
const plain = probe(() => Ogre.Node.prototype.getPosition.call({}));
console.log(`RESULT ${JSON.stringify({ steps, copyIsolated, afterDestroy, confused, plain })}`);
