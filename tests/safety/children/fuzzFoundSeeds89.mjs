// Child of fuzzFoundSeeds89.test.ts (run headless): what seeds 8 and 9 of `npm run fuzz` found
// crashing or hanging after seeds 1–7 were clean, each now a clear JS error, with the valid use
// beside it. Prints one JSON object: for each case, an error's class and message, or the value.
import Ogre from 'ogre-napi';
import { headlessRoot, probe } from '../../helpers/headlessRoot.mjs';

const out = {};
new Ogre.LogManager().createLog('fuzzFoundSeeds89.log', true, false, true);
const { root, window, sm } = headlessRoot(Ogre, 'fuzzFoundSeeds89');
const overlaySystem = new Ogre.OverlaySystem();
const camera = sm.createCamera('camera');
sm.getRootSceneNode().createChildSceneNode().attachObject(camera);
window.addViewport(camera);

out.emptyNormal = probe(() => new Ogre.Polygon().getNormal());
const triangle = new Ogre.Polygon();
for (const v of [[0, 0, 0], [1, 0, 0], [0, 1, 0]]) triangle.insertVertex(v);
out.triangleNormal = probe(() => [...triangle.getNormal()]);
// (a Dear ImGui context: the overlay makes one)
const imgui = new Ogre.ImGuiOverlay();
out.clipperRange = probe(() => new Ogre.ImGuiListClipper().ForceDisplayRangeByIndices(16, 3));
out.unnamedWindows = probe(() => root.createRenderWindows([new Ogre.RenderWindowDescription()]));
out.viewportsOutsideRender = probe(() => window._updateAutoUpdatedViewports());
out.windowUpdate = probe(() => { window.update(); return true; });
out.unattachedVisible = probe(() => new Ogre.RenderQueue().processVisibleObject(sm.createManualObject('loose'), camera, true, new Ogre.VisibleObjectsBoundsInfo()));
out.zeroLodBias = probe(() => camera.setLodBias(0));
out.lodBias = probe(() => { camera.setLodBias(2); return camera.getLodBias(); });
out.nullMaterial = probe(() => new Ogre.WireBoundingBox('General').setMaterial(null));
out.directoryStream = probe(() => Ogre.Root.openFileStream('..'));
out.elementUpdate = probe(() => Ogre.OverlayManager.getSingleton().createOverlayElement('BorderPanel', 'lone')._updateFromParent());
console.log(`RESULT ${JSON.stringify(out)}`);
overlaySystem.dispose?.();
