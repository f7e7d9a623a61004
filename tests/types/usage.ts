// Type-level test (checked by `tsc -p .` in npm test): the OGRE API as a TypeScript user writes it.
import Ogre from 'ogre-napi';

const v: Ogre.Vector3 = new Ogre.Vector3(1, 2, 3);
const d: number = v.dotProduct([4, 5, 6]);
const sum: Ogre.Vector3 = v.add(new Ogre.Vector3(1, 1, 1));
const zero: Ogre.Vector3 = Ogre.Vector3.ZERO;
v.x = d + sum.y + zero.z;

const format: Ogre.PixelFormat = Ogre.PF_BYTE_RGB;
const same: Ogre.PixelFormat = Ogre.PixelFormat.PF_BYTE_RGB;
const img = new Ogre.Image();
img.loadDynamicImage(new Uint8Array(48), 4, 4, format);
img.loadDynamicImage(new Float32Array(12), 4, 4, 1, same, false);
const colour: Ogre.ColourValue = img.getColourAt(0, 0, 0);
img.setColourAt([0.3, 0.3, 0.3], 0, 0, 0);
img.setColourAt([0.3, 0.3, 0.3, 1], 0, 0, 0);
img.setColourAt(colour, 0, 0, 0);
const pixels: Uint8Array | null = img.getData();
const box = new Ogre.PixelBox(4, 4, 1, Ogre.PF_BYTE_RGB, new Uint8Array(48));
const memory: Uint8Array | null = box.data;
const unit: Ogre.Math.AngleUnit = Ogre.Math.AU_DEGREE;

try {
  img.flipAroundY();
} catch (e) {
  if (e instanceof Ogre.OgreException) console.log(e.number, e.description, e.source, e.file, e.line, pixels, memory, unit);
}

// Value classes: fields, operators in every C++ form, components and JSON.
const m4: Ogre.Matrix4 = Ogre.Matrix4.IDENTITY.mul(Ogre.Matrix4.IDENTITY);
const moved: Ogre.Vector3 = m4.mul([1, 2, 3]);
const homogeneous: Ogre.Vector4 = m4.mul(new Ogre.Vector4(1, 2, 3, 1));
const turned: Ogre.Vector3 = new Ogre.Quaternion(new Ogre.Radian(1), [0, 1, 0]).mul(moved);
const components: number[] = [...turned, ...homogeneous];
const plane = new Ogre.Plane([0, 1, 0], 0);
plane.normal.y = components.length;
const json: string = JSON.stringify(plane);
console.log(json);
