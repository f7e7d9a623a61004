// Child of ownedParts.test.ts (run headless): parts of engine objects used after their owner died,
// listeners scripts set beside the runtime's, helpers holding scene objects, and fill counts.
// Prints one JSON object: for each case, what the call did (an error's class and message, or its value).
import Ogre from 'ogre-napi';
import { headlessRoot, probe } from '../../helpers/headlessRoot.mjs';

const out = {};
// Without a Root: a UTFString fill of 2^31 code points would take minutes and gigabytes.
out.fillHuge = probe(() => new Ogre.UTFString(2147483648, 16).inString(7));
out.fillSmall = probe(() => new Ogre.UTFString(3, 65).size());
out.resizeHuge = probe(() => new Ogre.UTFString('abc').resize(2 ** 40));
out.appendHuge = probe(() => new Ogre.UTFString('abc').append(2 ** 31, 65));

new Ogre.LogManager().createLog('ownedParts.log', true, false, true);
const { window, root, sm } = headlessRoot(Ogre, 'ownedParts');
const camera = sm.createCamera('camera');
const cameraNode = sm.getRootSceneNode().createChildSceneNode('cameraNode');
cameraNode.attachObject(camera);
const viewport = window.addViewport(camera);

// Parts: a member returned by reference, elements returned by pointer.
const light = sm.createLight('light');
const volume = light._getNearClipVolume(camera);
const bindings = light.getUserObjectBindings();
out.volumeBefore = probe(() => volume.planes.length);
out.bindingsBefore = probe(() => bindings.eraseUserAny('x'));
sm.destroyLight(light);
out.volumeAfter = probe(() => volume.planes.length);
out.bindingsAfter = probe(() => bindings.eraseUserAny('x'));

const entity = sm.createEntity(Ogre.SceneManager.PT_CUBE);
const entityNode = sm.getRootSceneNode().createChildSceneNode('entityNode');
entityNode.attachObject(entity);
const subEntity = entity.getSubEntity(0);
out.subEntityBefore = probe(() => subEntity.getMaterialName());
sm.destroyEntity(entity);
out.subEntityAfter = probe(() => subEntity.getMaterialName());
// What the entity only pointed at lives on.
out.nodeOfDestroyedEntity = probe(() => entityNode.getName());

const parent = sm.getRootSceneNode().createChildSceneNode('parent');
const childBindings = parent.createChildSceneNode('child').getUserObjectBindings();
parent.removeAndDestroyAllChildren();
out.childBindingsAfter = probe(() => childBindings.eraseUserAny('x'));

const sm2 = root.createSceneManager();
const queue = sm2.getRenderQueue();
out.queueBefore = probe(() => queue.getQueueGroup(50) !== null);
const query = new Ogre.DefaultAxisAlignedBoxSceneQuery(sm2);
out.queryBefore = probe(() => { query.execute(); return 'executed'; });
root.destroySceneManager(sm2);
out.queueAfter = probe(() => queue.getQueueGroup(50));
out.queryAfter = probe(() => query.execute());

// A script's listener beside the runtime's: both hear the destruction.
const heard = [];
class Watcher extends Ogre.MovableObject_Listener {
  objectDestroyed() { heard.push('movable'); }
}
class NodeWatcher extends Ogre.Node_Listener {
  nodeDestroyed() { heard.push('node'); }
}
const watched = sm.createEntity(Ogre.SceneManager.PT_SPHERE);
const watcher = new Watcher();
watched.setListener(watcher);
out.getListenerIsUsers = watched.getListener() === watcher;
const watchedNode = sm.getRootSceneNode().createChildSceneNode('watchedNode');
watchedNode.setListener(new NodeWatcher());
sm.destroyAllEntities();
sm.destroySceneNode(watchedNode);
out.heard = heard;
out.watchedAfter = probe(() => watched.getName());
out.watchedNodeAfter = probe(() => watchedNode.getName());
const cleared = sm.createLight('cleared');
cleared.setListener(null);
out.clearedListener = probe(() => cleared.getListener());
sm.destroyLight(cleared);
out.clearedAfter = probe(() => cleared.getType());

// Helpers over scene objects.
const drawer = new Ogre.DefaultDebugDrawer();
out.drawInfinite = probe(() => drawer.drawWireBox(Ogre.AxisAlignedBox.BOX_INFINITE, [1, 1, 1]));
out.drawFinite = probe(() => drawer.drawWireBox(new Ogre.AxisAlignedBox([0, 0, 0], [1, 1, 1]), [1, 1, 1]));
const emptyNode = sm.getRootSceneNode().createChildSceneNode('empty');
out.drawEmptyNode = probe(() => drawer.drawSceneNode(emptyNode));
emptyNode.attachObject(sm.createEntity(Ogre.SceneManager.PT_CUBE));
emptyNode._update(true, false);
out.drawNode = probe(() => drawer.drawSceneNode(emptyNode));
out.axesInfinite = probe(() => drawer.drawAxes(new Ogre.Affine3([Infinity, 0, 0], [1, 0, 0, 0]), 1));
out.axesHugeSize = probe(() => drawer.drawAxes(new Ogre.Affine3([0, 0, 0], [1, 0, 0, 0]), Infinity));
out.axesFinite = probe(() => drawer.drawAxes(new Ogre.Affine3([1, 2, 3], [1, 0, 0, 0]), 2));
const bounds = new Ogre.VisibleObjectsBoundsInfo();
out.mergeInfinite = probe(() => bounds.merge(Ogre.AxisAlignedBox.BOX_INFINITE, new Ogre.Sphere([0, 0, 0], 1), camera, false));
out.mergeFinite = probe(() => { bounds.merge(new Ogre.AxisAlignedBox([0, 0, 0], [1, 1, 1]), new Ogre.Sphere([0, 0, 0], 1), camera, false); return bounds.aabb.isFinite(); });

const shadowLight = sm.createLight('shadowLight');
sm.getRootSceneNode().createChildSceneNode().attachObject(shadowLight);
const texCam = sm.createCamera('texCam');
const setup = new Ogre.DefaultShadowCameraSetup();
out.shadowUnattached = probe(() => setup.getShadowCamera(sm, camera, viewport, shadowLight, texCam, 0));
sm.getRootSceneNode().createChildSceneNode().attachObject(texCam);
out.shadowAttached = probe(() => { setup.getShadowCamera(sm, camera, viewport, shadowLight, texCam, 0); return 'placed'; });

const man = new Ogre.CameraMan(cameraNode);
out.pivotWithoutTarget = probe(() => man.setPivotOffset([0, 1, 0]));
man.setTarget(sm.getRootSceneNode());
out.pivotWithTarget = probe(() => { man.setPivotOffset([0, 1, 0]); return 'set'; });
const otherNode = sm.getRootSceneNode().createChildSceneNode('other');
man.setCamera(otherNode);
sm.destroySceneNode(cameraNode);
out.manAfterOldCamera = probe(() => { man.setPivotOffset([0, 2, 0]); return 'set'; });
sm.destroySceneNode(otherNode);
out.manAfterCamera = probe(() => man.setPivotOffset([0, 1, 0]));

const material = Ogre.MaterialManager.getSingleton().create('ownedParts', 'General');
const pass = material.getTechnique(0).getPass(0);
const unit = new Ogre.TextureUnitState(pass);
out.frameOutOfRange = probe(() => unit._setTexturePtr(null, 7));
out.framesValid = probe(() => unit.getNumFrames());
const technique = new Ogre.Technique(material);
out.techniquePass = probe(() => technique.createPass().getIndex());
material.getTechnique(0).removeAllPasses();
out.unitAfterPass = probe(() => unit.getNumFrames());

out.skinningWithoutShaderGenerator = probe(() => new Ogre.HardwareSkinningFactory().prepareEntityForSkinning(sm.createEntity(Ogre.SceneManager.PT_CUBE)));
out.rectangle = probe(() => { new Ogre.Rectangle2D(true).setCorners(-1, 1, 1, -1, true); return 'set'; });
const loose = sm.createLight('loose');
out.sphereUnattached = probe(() => loose.getWorldBoundingSphere(true));
out.sphereUnderived = probe(() => loose.getWorldBoundingSphere(false).getRadius() >= 0);
const strategy = Ogre.LodStrategyManager.getSingleton().getStrategy('pixel_count');
const distance = Ogre.LodStrategyManager.getSingleton().getStrategy('distance_sphere');
const lonely = sm.createEntity(Ogre.SceneManager.PT_CUBE);
const noViewport = sm.createCamera('noViewport');
out.lodUnattached = probe(() => distance.getSquaredDepth(lonely, camera));
sm.getRootSceneNode().createChildSceneNode().attachObject(lonely);
out.lodNoViewport = probe(() => strategy.getValue(lonely, noViewport));
const lodCamera = sm.createCamera('lodCamera');
const lodNode = sm.getRootSceneNode().createChildSceneNode();
lodNode.attachObject(lodCamera);
lodNode.setPosition([0, 0, 500]);
window.addViewport(lodCamera, 5);
out.lodValue = probe(() => [strategy.getValue(lonely, lodCamera), distance.getSquaredDepth(lonely, lodCamera)].every(Number.isFinite));
const rectangle = new Ogre.Rectangle2D();
out.rectangleRenderOperation = probe(() => rectangle.setRenderOperation(new Ogre.RenderOperation()));
out.rectangleAfter = probe(() => { rectangle.setCorners(-0.5, 0.5, 0.5, -0.5); return 'set'; });
console.log(`RESULT ${JSON.stringify(out)}`);
