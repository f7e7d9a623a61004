// Child of buffers.test.ts (run with --expose-gc): a PixelBox over an Image's own pixels keeps the
// Image alive; both are collected once the PixelBox goes.
import Ogre from 'ogre-napi';
import { collected, registry, settle } from '../../helpers/collection.mjs';

let pb = (() => {
  const img = new Ogre.Image();
  img.create(Ogre.PF_BYTE_RGB, 8, 8);
  img.setColourAt(new Ogre.ColourValue(1, 0, 0), 7, 7, 0);
  registry.register(img, 'image');
  return img.getPixelBox();
})();
await settle();
const imageAlive = !collected.has('image');
const red = pb.getColourAt(7, 7, 0).r;
pb = null;
await settle();
process.stdout.write(JSON.stringify({ imageAlive, red, freedAfter: collected.has('image') }));
