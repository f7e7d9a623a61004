// Child of fuzzFoundScene.test.ts (run headless): states of a live scene that `npm run fuzz` (root
// mode) found crashing, each now a clear JS error, and the valid uses next to them. Prints one JSON
// object: for each case, an error's class and message, or the value.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ogre from 'ogre-napi';
import { headlessRoot, probe } from '../../helpers/headlessRoot.mjs';

const out = {};
new Ogre.LogManager().createLog('fuzzFoundScene.log', true, false, true);
const { root, window, sm } = headlessRoot(Ogre, 'fuzzFoundScene');
// (overlay elements are made through the OverlayManager the OverlaySystem makes)
const overlaySystem = new Ogre.OverlaySystem();
const node = sm.getRootSceneNode().createChildSceneNode();
const camera = sm.createCamera('camera');
node.attachObject(camera);
window.addViewport(camera);
const light = sm.createLight('light');
const entity = sm.createEntity(Ogre.SceneManager.PT_CUBE);
const child = node.createChildSceneNode();
child.attachObject(light);
child.attachObject(entity);
const material = Ogre.MaterialManager.getSingleton().create('fuzzFoundScene', 'General');
const pass = material.getTechnique(0).getPass(0);

// Scissors act on the viewport being rendered: before the first frame there is none.
out.scissor = probe(() => root.getRenderSystem().setScissorTest(true, camera.getViewport().getActualDimensions()));

// Lights destroyed after a frame stayed in the frame's light list, which queryLights() read.
out.frame = probe(() => root.renderOneFrame());
out.lightsBefore = probe(() => camera.queryLights().length);
// (one whose listener a script replaced tells nobody it goes)
const unheard = sm.createLight('unheard');
unheard.setListener(null);
sm.destroyAllLights();
out.unheardAfterDestroyAll = probe(() => unheard.getType());
out.lightsAfter = probe(() => camera.queryLights().length);
out.entityLightsAfter = probe(() => entity.queryLights().length);

// A second initialise() started the render system again (and logged through a freed log).
out.initialiseAgain = probe(() => root.initialise(false));

// Objects off the scene graph: depth and world bounds read their node unchecked.
const loose = sm.createEntity(Ogre.SceneManager.PT_SPHERE);
out.looseSphere = probe(() => loose.getWorldBoundingSphere(true));
out.looseSphereUnderived = probe(() => loose.getWorldBoundingSphere(false).getRadius() >= 0);
out.placedSphere = probe(() => entity.getWorldBoundingSphere(true).getRadius() > 0);
const billboards = sm.createBillboardSet();
out.looseDepth = probe(() => billboards.getSquaredViewDepth(camera));
child.attachObject(billboards);
out.placedDepth = probe(() => typeof billboards.getSquaredViewDepth(camera));
const texCam = sm.createCamera('texCam');
const setup = new Ogre.DefaultShadowCameraSetup();
out.looseTexCam = probe(() => setup.getShadowCamera(sm, camera, camera.getViewport(), sm.createLight('l2'), texCam, 0));
out.moved = probe(() => { new Ogre.CameraMan(node).setPivotOffset([1, 0, 0]); });

// An object told it is attached (to a node that does not list it, even as a tag point).
child.detachObject(entity);
out.notifyAttached = probe(() => entity._notifyAttached(node, true));
out.inScene = probe(() => entity.isInScene());
child.attachObject(entity);
out.attachedAgain = probe(() => entity.isInScene());

// Values that reach OGRE's asserts.
out.lodBias = probe(() => entity.setMaterialLodBias(0, 64));
out.lodBiasValid = probe(() => entity.setMaterialLodBias(2));
out.frustumExtents = probe(() => camera.setFrustumExtents(2147483647, 7, 99, -2147483648));
out.frustumExtentsValid = probe(() => { camera.setFrustumExtents(-1, 1, 1, -1); camera.resetFrustumExtents(); });
const tus = pass.createTextureUnitState();
out.framePtr = probe(() => tus._setTexturePtr(null, 7));
out.wireBox = probe(() => new Ogre.DefaultDebugDrawer().drawWireBox(new Ogre.AxisAlignedBox()));
const reversed = new Ogre.AxisAlignedBox([0, 0, 0], [1, 1, 1]);
reversed.setMinimumX(5);
out.mergeBox = probe(() => new Ogre.VisibleObjectsBoundsInfo().merge(reversed, new Ogre.Sphere(), camera));
out.mergeBoxValid = probe(() => new Ogre.VisibleObjectsBoundsInfo().merge(new Ogre.AxisAlignedBox([0, 0, 0], [1, 1, 1]), new Ogre.Sphere(), camera));
out.autoParams = probe(() => sm._getAutoParamDataSource().getDerivedSceneColour());
out.autoConstant = probe(() => new Ogre.GpuProgramParameters().setConstantFromTime(16, 3));
out.skinning = probe(() => new Ogre.HardwareSkinningFactory().prepareEntityForSkinning(entity));

// Materials and passes: a self-copy deleted the techniques, a null hash function crashed every new pass.
out.selfCopy = probe(() => material.copyDetailsTo(material));
out.passAfter = probe(() => pass.getResourceGroup());
const copyTarget = Ogre.MaterialManager.getSingleton().create('copy', 'General');
const replacedPass = copyTarget.getTechnique(0).getPass(0);
out.copyValid = probe(() => { material.copyDetailsTo(copyTarget); return copyTarget.getNumTechniques(); });
out.replacedPass = probe(() => replacedPass.getName());
out.copiedPass = probe(() => copyTarget.getTechnique(0).getPass(0).getIndex());
out.hashNull = probe(() => Ogre.Pass.setHashFunction(null));
out.rectOp = probe(() => new Ogre.Rectangle2D().setRenderOperation(new Ogre.RenderOperation()));
out.rectCorners = probe(() => new Ogre.Rectangle2D().setCorners(-1, 1, 1, -1));
out.patchMesh = probe(() => new Ogre.PatchMesh(root.getTextureManager(), '', 1, 'General'));
out.compositorPass = probe(() => Ogre.CompositorManager.getSingleton().create('fuzzFoundCompositor', 'General').createTechnique().removeTargetPass(2));
out.compile = probe(() => new Ogre.ScriptCompiler()._compile(null, 'a', false));
out.hugeString = probe(() => new Ogre.UTFString(2147483648, 16));
out.string = probe(() => new Ogre.UTFString(3, 65).size());

// Seeds 6 and 7: LOD levels by index, nodes asked to update their parent, frustum shapes, shadow cameras, empty targets.
out.manualLod = probe(() => entity.getMesh().updateManualLodLevel(3, ''));
out.requestParent = probe(() => child.requestUpdate(node, true));
out.requestChild = probe(() => node.requestUpdate(child));
out.fovyZero = probe(() => camera.setFOVy(new Ogre.Radian(0)));
out.fovyValid = probe(() => { camera.setFOVy(new Ogre.Radian(0.8)); return camera.getFOVy().valueRadians() > 0.79; });
out.sameTexCam = probe(() => new Ogre.FocusedShadowCameraSetup(false).getShadowCamera(sm, camera, camera.getViewport(), sm.createLight('l3'), camera, 0));
const bare = root.createRenderWindow('fuzzFoundBare', 8, 8, false);
out.writeBare = probe(() => bare.writeContentsToFile('bare.png'));
root.destroyRenderTarget(bare);

// A query outlived its scene manager; a manager deleted a pool made in JS; LOD depth read a loose object's node.
const sm2 = root.createSceneManager();
const query = new Ogre.DefaultAxisAlignedBoxSceneQuery(sm2);
root.destroySceneManager(sm2);
out.queryAfter = probe(() => query.execute());
out.queryValid = probe(() => new Ogre.DefaultAxisAlignedBoxSceneQuery(sm).execute().movables.length >= 0);
const materials = Ogre.MaterialManager.getSingleton();
const pool = new Ogre.ResourceManager_ResourcePool('jsPool');
out.destroyJsPool = probe(() => materials.destroyResourcePool(pool));
out.jsPoolAfter = probe(() => pool.clear());
out.destroyPool = probe(() => materials.destroyResourcePool(materials.getResourcePool('managerPool')));
out.lodDepth = probe(() => material.getLodStrategy().getSquaredDepth(new Ogre.Frustum(), camera));
out.lodDepthValid = probe(() => typeof material.getLodStrategy().getSquaredDepth(entity, camera));

// A GLSL program's parameters have names, not logical indices.
const program = Ogre.HighLevelGpuProgramManager.getSingleton().createProgram('fuzzFoundVp', 'General', 'glsl', Ogre.GPT_VERTEX_PROGRAM);
program.setSource('#version 150\nin vec4 vertex;\nuniform vec4 c;\nvoid main() { gl_Position = vertex * c.x; }\n');
program.load();
const programParams = program.createParameters();
out.indexConstant = probe(() => programParams.setConstant(0, [1, 2, 3, 4]));
out.namedConstant = probe(() => { programParams.setNamedConstant('c', [1, 2, 3, 4]); return programParams._findNamedConstantDefinition('c', false) !== null; });

// Overlay containers: never their own child; factories leave destruction to the OverlayManager.
const overlays = Ogre.OverlayManager.getSingleton();
const panel = overlays.createOverlayElement('Panel', 'fuzzFoundPanel');
const inner = overlays.createOverlayElement('Panel', 'fuzzFoundInner');
out.selfChild = probe(() => panel.addChild(panel));
out.childValid = probe(() => { panel.addChild(inner); return inner.getParent() === panel; });
out.parentAsChild = probe(() => inner.addChild(panel));
out.factoryDestroy = probe(() => new Ogre.BorderPanelOverlayElementFactory().destroyOverlayElement(new Ogre.TextAreaOverlayElement('fuzzFoundText')));
out.managerDestroy = probe(() => { panel.removeChild('fuzzFoundInner'); overlays.destroyOverlayElement(inner); return overlays.hasOverlayElement('fuzzFoundInner'); });
const fontless = overlays.createOverlayElement('TextArea', 'fuzzFoundText2');
out.fontlessParameter = probe(() => fontless.getParameter('font_name'));
out.fontlessCopy = probe(() => fontless.copyParametersTo(overlays.createOverlayElement('TextArea', 'fuzzFoundText3')));
out.panelParameter = probe(() => panel.getParameter('width'));
out.skies = probe(() => sm._queueSkiesForRendering(camera));
out.compileTargets = probe(() => new Ogre.CompositorChain(camera.getViewport())._getOriginalSceneCompositor()._compileTargetOperations());
out.removeOriginal = probe(() => { const chain = new Ogre.CompositorChain(camera.getViewport()); chain._removeInstance(chain._getOriginalSceneCompositor()); });
const freshBillboards = sm.createBillboardSet();
out.billboardOp = probe(() => freshBillboards.getRenderOperation(new Ogre.RenderOperation()));
out.programFactoryDestroy = probe(() => new Ogre.UnifiedHighLevelGpuProgramFactory().destroy(program));
out.looseBillboardCamera = probe(() => sm.createBillboardSet()._notifyCurrentCamera(camera));
out.visualData = probe(() => new Ogre.BillboardParticleRendererFactory().createInstance('r')._destroyVisualData(new Ogre.ParticleVisualData()));
out.jsViewport = probe(() => new Ogre.Viewport(camera, window, 0, 0, 1, 1, 5));
out.scissorAfterFrame = probe(() => { root.getRenderSystem().setScissorTest(true, camera.getViewport().getActualDimensions()); root.getRenderSystem().setScissorTest(false); });
out.reinitialise = probe(() => root.getRenderSystem().reinitialise());
out.windowAfter = probe(() => window.isClosed());

// A closed file stream kept null where its file was.
const dir = mkdtempSync(join(tmpdir(), 'ogre-napi-streams-'));
try {
  const stream = Ogre.Root.createFileStream(join(dir, 'a.txt'), 'General', true);
  out.openEof = probe(() => stream.eof());
  stream.close();
  out.closedEof = probe(() => stream.eof());
  out.copyClosed = probe(() => new Ogre.MemoryDataStream(stream, false, true));
  out.copyOpen = probe(() => new Ogre.MemoryDataStream(Ogre.Root.createFileStream(join(dir, 'b.txt'), 'General', true), false, true).size());
} finally {
  rmSync(dir, { recursive: true, force: true });
}
// Root's shutdown clears every scene: an object whose listener a script replaced dies with the rest.
const unheardAtShutdown = sm.createLight('unheardAtShutdown');
unheardAtShutdown.setListener(null);
root.shutdown();
out.unheardAfterShutdown = probe(() => unheardAtShutdown.getCastShadows());
overlaySystem.dispose();
console.log(`RESULT ${JSON.stringify(out)}`);
