// Child of lifetimes.test.ts (run headless): engine objects destroyed by their owner, then used.
// Prints one JSON object: for each case, what using the object did (an error's class and message, or its value).
import Ogre from 'ogre-napi';
import { headlessRoot, probe } from '../../helpers/headlessRoot.mjs';

const out = {};
new Ogre.LogManager().createLog('lifetimes.log', true, false, true);
const { root, window, sm } = headlessRoot(Ogre, 'lifetimes');

// Children destroyed with their parent.
const parent = sm.getRootSceneNode().createChildSceneNode('parent');
const child = parent.createChildSceneNode('child');
const grandchild = child.createChildSceneNode('grandchild');
out.childBefore = probe(() => child.getName());
parent.removeAndDestroyAllChildren();
out.childAfter = probe(() => child.getName());
out.grandchildAfter = probe(() => grandchild.getName());
out.parentAfter = probe(() => parent.getName());
out.getChild99 = probe(() => parent.getChild(99));

// Everything in the scene, cleared.
const light = sm.createLight('light');
const entity = sm.createEntity(Ogre.SceneManager.PT_CUBE);
const node = sm.getRootSceneNode().createChildSceneNode();
node.attachObject(entity);
const camera = sm.createCamera('camera');
out.confusion = probe(() => Ogre.Camera.prototype.getFOVy.call(light));
out.disposeEngineOwned = probe(() => light.dispose());
out.lightBefore = probe(() => light.getType());
sm.clearScene();
out.lightAfter = probe(() => light.getType());
out.entityAfter = probe(() => entity.getMesh());
out.nodeAfter = probe(() => node.getPosition());
out.cameraAfter = probe(() => camera.getFOVy());
out.rootNodeAfter = probe(() => sm.getRootSceneNode().getName());

// destroyAll*, and objects handed back through another route die too.
const a = sm.createLight('a');
const again = sm.getLight('a');
out.sameWrapper = a === again;
sm.destroyAllLights();
out.destroyAllLights = probe(() => again.getType());

// Materials: index checks, and techniques removed with removeAllTechniques.
const material = Ogre.MaterialManager.getSingleton().create('lifetimes', 'General');
out.getTechnique99 = probe(() => material.getTechnique(99));
const technique = material.getTechnique(0);
const pass = technique.getPass(0);
out.getTextureUnitState99 = probe(() => pass.getTextureUnitState(99));
material.removeAllTechniques();
out.techniqueAfter = probe(() => technique.getNumPasses());
out.passAfter = probe(() => pass.getName());

// A destroyed scene manager.
const sm2 = root.createSceneManager();
const cam2 = sm2.createCamera('c2');
root.destroySceneManager(sm2);
out.sceneManagerAfter = probe(() => sm2.getName());
out.cameraOfDestroyed = probe(() => cam2.getName());

// Root shut down: its windows are gone; then Root deleted: everything is.
out.windowBefore = probe(() => window.getWidth());
root.shutdown();
out.windowAfter = probe(() => window.getWidth());
root.dispose();
out.sceneManagerAfterRoot = probe(() => sm.getName());
out.rootAfter = probe(() => root.getRenderSystem());
process.stdout.write(`\nRESULT ${JSON.stringify(out)}\n`);
