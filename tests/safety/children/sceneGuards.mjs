// Child of sceneGuards.test.ts (run headless): calls on a live scene that crashed, hung or ended the
// process before their preconditions (ogre-headers/preconditions.ts, scene group), and the valid uses
// next to them. Prints one JSON object: for each case, an error's class and message, or the value.
import Ogre from 'ogre-napi';
import { headlessRoot, probe } from '../../helpers/headlessRoot.mjs';

const out = {};
new Ogre.LogManager().createLog('sceneGuards.log', true, false, true);
const { root, window, sm } = headlessRoot(Ogre, 'guards');
const node = sm.getRootSceneNode().createChildSceneNode();
const camera = sm.createCamera('camera');
node.attachObject(camera);
const viewport = window.addViewport(camera);
const entity = sm.createEntity(Ogre.SceneManager.PT_CUBE);
node.createChildSceneNode().attachObject(entity);
const material = Ogre.MaterialManager.getSingleton().create('guards', 'General');
const pass = material.getTechnique(0).getPass(0);

// A camera culling through itself (directly or through another camera) recursed forever.
out.cullSelf = probe(() => camera.setCullingFrustum(camera));
const other = sm.createCamera('other');
other.setCullingFrustum(camera);
out.cullCycle = probe(() => camera.setCullingFrustum(other));
const frustum = new Ogre.Frustum('culling');
out.cullFrustum = probe(() => { camera.setCullingFrustum(frustum); return camera.getWorldSpaceCorners().length; });
camera.setCullingFrustum(null);
out.cornersAfter = probe(() => camera.getWorldSpaceCorners().length);

// Render targets destroyed by name (and their viewports, however destroyed).
out.destroyUnknown = probe(() => root.destroyRenderTarget('no such target'));
const second = root.createRenderWindow('second', 32, 32, false);
const secondViewport = second.addViewport(camera);
out.secondBefore = probe(() => second.getWidth());
root.destroyRenderTarget('second');
out.secondAfter = probe(() => second.getWidth());
out.secondViewportAfter = probe(() => secondViewport.update());
const third = root.createRenderWindow('third', 32, 32, false);
const thirdViewport = third.addViewport(camera);
root.destroyRenderTarget(third);
out.thirdViewportAfter = probe(() => thirdViewport.getActualWidth());
const fourth = root.createRenderWindow('fourth', 32, 32, false);
const fourthCamera = sm.createCamera('fourth');
const fourthViewport = fourth.addViewport(fourthCamera, 1);
fourthViewport.update();
out.cameraViewportBefore = probe(() => fourthCamera.getViewport() === fourthViewport);
fourth.removeViewport(1);
out.cameraViewportAfter = probe(() => fourthCamera.getViewport());
out.removedViewport = probe(() => fourthViewport.update());
root.getRenderSystem().destroyRenderWindow('fourth');
out.fourthAfter = probe(() => fourth.getWidth());

// Windows: X11 sizes, and the render system's own create/destroy.
out.hugeWindow = probe(() => root.createRenderWindow('huge', 3, 65536, false));
out.zeroResize = probe(() => window.resize(0, 10));
out.createAgain = probe(() => window.create('again', 3, 64, false, null));
out.destroyWindow = probe(() => window.destroy());
out.detachDepth = probe(() => window._detachDepthBuffer());
out.switchRenderSystem = probe(() => root.setRenderSystem(null));
out.sameRenderSystem = probe(() => root.setRenderSystem(root.getRenderSystem()));

// Rendering internals and states.
out.shadows = probe(() => sm.prepareShadowTextures(camera, viewport));
out.visit = probe(() => sm.getQueuedRenderableVisitor().visit(pass));
out.resume = probe(() => sm._resumeRendering(new Ogre.SceneManager_RenderContext()));
out.tempCopies = probe(() => entity._getVertexAnimTempBufferInfo().checkoutTempCopies(true, true));

// A pass's shadow program by a name that names none (OGRE left an empty program slot behind).
out.shadowProgram = probe(() => pass.setShadowCasterVertexProgram('no such program'));
out.cloneAfter = probe(() => material.clone('guards copy').getName());
out.clearShadowProgram = probe(() => { pass.setShadowCasterVertexProgram(''); return pass.hasShadowCasterVertexProgram(); });

// Factories delete only what no scene manager (or Root) lists.
out.factoryCamera = probe(() => new Ogre.EntityFactory().destroyInstance(camera));
out.factoryEntity = probe(() => entity._getCreator().destroyInstance(entity));
out.factorySceneManager = probe(() => new Ogre.DefaultSceneManagerFactory().destroyInstance(sm));
out.cameraAfterFactory = probe(() => camera.getName());
out.entityAfterFactory = probe(() => entity.getName() === sm.getEntity(entity.getName()).getName());

// A node's debug renderable dies with the node.
const debugNode = sm.getRootSceneNode().createChildSceneNode();
const debug = debugNode.getDebugRenderable();
out.debugBefore = probe(() => debug.getMaterial().getName());
sm.destroySceneNode(debugNode);
out.debugAfter = probe(() => debug.getMaterial());
out.debugNew = probe(() => new Ogre.Node_DebugRenderable(node));

// Transforms that would put NaN into the bounds OGRE asserts on while rendering.
out.infiniteOrientation = probe(() => node.setOrientation([255, 16, 2, 1e300]));
out.infinitePosition = probe(() => node.setPosition(1e300, 0, 0));
out.zeroRotation = probe(() => node.setOrientation(0, 0, 0, 0));
out.infiniteNear = probe(() => camera.setNearClipDistance(Infinity));
node.setOrientation(1, 0, 0, 0);
node.setPosition(0, 0, 5);

// A camera destroyed while a viewport shows it: the viewport shows nothing.
const shown = sm.createCamera('shown');
viewport.setCamera(shown);
sm.destroyCamera(shown);
out.viewportCamera = probe(() => viewport.getCamera());
out.updateAfterCamera = probe(() => viewport.update());
viewport.setCamera(camera);
out.frame = probe(() => root.renderOneFrame());


// A destroyed scene manager's objects die with it, even one whose own listener a script replaced.
const sm2 = root.createSceneManager();
const unheard = sm2.createLight('unheard');
unheard.setListener(null);
const unheardNode = sm2.getRootSceneNode().createChildSceneNode();
unheardNode.setListener(null);
root.destroySceneManager(sm2);
out.unheardLight = probe(() => unheard.getType());
out.unheardNode = probe(() => unheardNode.getName());

// After shutdown Root's scene managers are gone for good.
root.shutdown();
out.sceneManagerAfterShutdown = probe(() => root.getSceneManager('x'));
out.initialiseAfterShutdown = probe(() => root.initialise(false));
console.log(`RESULT ${JSON.stringify(out)}`);
