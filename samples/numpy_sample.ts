// OGRE's "Working with NumPy" tutorial in TypeScript: a gradient made in a typed array becomes a
// texture (no copy), one frame is rendered, and the frame is read back into a typed array and saved.
// Line for line like OGRE's numpy_sample.py. Run it through `npm run demo` (headless set-up included).
import { writeFileSync } from 'node:fs';
import Ogre from 'ogre-napi';
import { encodePng } from './png.js';

function main(): void {
  const app = new Ogre.Bites.ApplicationContext('TsSample');
  app.initApp();
  const root = app.getRoot()!;
  const scnMgr = root.createSceneManager()!;
  const shadergen = Ogre.RTShader.ShaderGenerator.getSingleton();
  shadergen.addSceneManager(scnMgr);

  // numpy: arr = np.zeros((256, 256, 3), dtype=np.uint8); arr[:,:,1] = np.mgrid[0:256,0:256][1]
  const arr = new Uint8Array(256 * 256 * 3);
  for (let y = 0; y < 256; y++) for (let x = 0; x < 256; x++) arr[(y * 256 + x) * 3 + 1] = x;

  const ogreImg = new Ogre.Image();
  ogreImg.loadDynamicImage(arr, 256, 256, Ogre.PF_BYTE_RGB); // a view of arr: width, height order
  Ogre.TextureManager.getSingleton().loadImage('gradient', 'General', ogreImg);

  const mat = Ogre.MaterialManager.getSingleton().create('gradient_mat', 'General')!;
  const rpass = mat.getTechniques()[0]!.getPasses()[0]!;
  rpass.setLightingEnabled(false);
  rpass.createTextureUnitState('gradient');

  const rect = new Ogre.Rectangle2D(true);
  rect.setCorners(-0.5, 0.5, 0.5, -0.5);
  rect.setMaterial(mat);
  rect.setBoundingBox(Ogre.AxisAlignedBox.BOX_INFINITE);
  scnMgr.getRootSceneNode()!.createChildSceneNode()!.attachObject(rect);

  const cam = scnMgr.createCamera('myCam')!;
  const win = app.getRenderWindow()!;
  const vp = win.addViewport(cam)!;
  const gray = [0.3, 0.3, 0.3] as const; // copied into a ColourValue
  vp.setBackgroundColour(gray);

  root.renderOneFrame();
  const [width, height] = [win.getWidth(), win.getHeight()];
  const mem = new Uint8Array(height * width * 3);
  const pb = new Ogre.PixelBox(width, height, 1, Ogre.PF_BYTE_RGB, mem);
  win.copyContentsToMemory(pb, pb);
  const pixel = (x: number, y: number) => Array.from(mem.subarray((y * width + x) * 3, (y * width + x) * 3 + 3));
  console.log(JSON.stringify({ shape: [height, width, 3], center: pixel(width >> 1, height >> 1), corner: pixel(2, 2) }));
  writeFileSync(process.env.SCREENSHOT ?? 'screenshot.png', encodePng(mem, width, height));
  app.closeApp();
}

main();
