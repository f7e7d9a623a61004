import Ogre from 'ogre-napi';
const k = new Ogre.TransformKeyFrame(new Ogre.Animation("a", -1).createNumericTrack(2), 16);
gc(); await new Promise((r) => setTimeout(r, 10)); gc(); await new Promise((r) => setTimeout(r, 10));
console.log('made');
k.setScale(Ogre.Vector3.UNIT_X);
console.log('ok');
