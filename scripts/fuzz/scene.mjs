/**
 * A live headless engine for the fuzzer's `root` mode: Root with the GL3Plus render system, a small
 * window (Xvfb gives the display), a scene with nodes, a camera, a light, an entity and a material.
 */
import { execFileSync } from 'node:child_process';

/** The engine objects the fuzzer starts from, by name. */
export function makeScene(Ogre) {
  const plugins = execFileSync('pkg-config', ['--variable=plugindir', 'OGRE'], { encoding: 'utf8' }).trim();
  const logs = new Ogre.LogManager();
  logs.createLog('fuzz.log', true, false, true);
  const root = new Ogre.Root('', '', '');
  root.loadPlugin(`${plugins}/RenderSystem_GL3Plus`);
  root.setRenderSystem(root.getAvailableRenderers()[0]);
  root.initialise(false);
  const window = root.createRenderWindow('fuzz', 64, 64, false);
  const sm = root.createSceneManager();
  const node = sm.getRootSceneNode().createChildSceneNode();
  const child = node.createChildSceneNode();
  const camera = sm.createCamera('fuzzCam');
  node.attachObject(camera);
  const viewport = window.addViewport(camera);
  const light = sm.createLight('fuzzLight');
  child.attachObject(light);
  const entity = sm.createEntity(Ogre.SceneManager.PT_CUBE);
  child.attachObject(entity);
  const material = Ogre.MaterialManager.getSingleton().create('fuzzMat', 'General');
  const pass = material.getTechnique(0).getPass(0);
  const image = new Ogre.Image();
  image.loadDynamicImage(new Uint8Array(16 * 16 * 3), 16, 16, Ogre.PF_BYTE_RGB);
  return { logs, root, window, sm, node, child, camera, viewport, light, entity, material, pass, image };
}
