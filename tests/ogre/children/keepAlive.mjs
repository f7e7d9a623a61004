// Child of keepAlive.test.ts (run with --expose-gc): the buffer OGRE views outlives the last JS
// reference to it for as long as the Image lives, and both are collected afterwards.
import Ogre from 'ogre-napi';
import { collected, registry, settle } from '../../helpers/collection.mjs';

let img = new Ogre.Image();
(() => {
  const data = new Uint8Array(64 * 64 * 3).fill(255);
  img.loadDynamicImage(data, 64, 64, Ogre.PF_BYTE_RGB);
  registry.register(data.buffer, 'buffer');
})();
for (let i = 0; i < 50; i++) new Uint8Array(1 << 20); // garbage to encourage collection
await settle();
const stillThere = !collected.has('buffer');
const red = img.getColourAt(63, 63, 0).r;
registry.register(img, 'image');
img = null;
await settle();
process.stdout.write(JSON.stringify({ stillThere, red, freedAfterImage: collected.has('buffer') && collected.has('image') }));
