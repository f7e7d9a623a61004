// Consumer code of the installed package (copied into a temporary project by tests/package/install.test.ts):
// a plain Root renders one 64×48 frame headless and reads its pixels back.
'use strict';

/**
 * Renders one frame whose viewport is cleared to (0.2, 0.4, 0.6); OGRE's log goes where `log` says
 * (`default`, `none`, `js`, `file:<path>`). Returns the centre pixel, what the JS log listener
 * received and the stack of a TypeError thrown by the bindings.
 */
exports.renderFrame = function renderFrame(Ogre, log) {
  const messages = [];
  if (log === 'none') Ogre.LogManager.logToNowhere();
  else if (log === 'js') Ogre.LogManager.logTo((message, level) => messages.push([message, level]));
  else if (log.startsWith('file:')) Ogre.LogManager.logTo(log.slice('file:'.length));

  const root = new Ogre.Root('', '', '');
  root.loadPlugin(`${process.env.OGRE_PLUGIN_DIR}/RenderSystem_GL3Plus`);
  root.setRenderSystem(root.getAvailableRenderers()[0]);
  root.initialise(false);
  const [width, height] = [64, 48];
  const win = root.createRenderWindow('frame', width, height, false);
  const scene = root.createSceneManager();
  win.addViewport(scene.createCamera('camera')).setBackgroundColour([0.2, 0.4, 0.6]);
  root.renderOneFrame();
  const pixels = new Uint8Array(width * height * 3);
  const box = new Ogre.PixelBox(width, height, 1, Ogre.PF_BYTE_RGB, pixels);
  win.copyContentsToMemory(box, box);
  const at = ((height >> 1) * width + (width >> 1)) * 3;

  let stack = '';
  try { new Ogre.Vector3('not a number'); } catch (e) { stack = String(e.stack); }
  return { centre: [...pixels.subarray(at, at + 3)], messages, stack };
};
