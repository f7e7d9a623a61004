// Type-level test: each wrong usage must fail to compile exactly where marked (an unused
// expect-error directive is itself an error, so `tsc -p .` fails if any of these compiles).
import Ogre from 'ogre-napi';

const v = new Ogre.Vector3(1, 2, 3);
// @ts-expect-error a Vector3 takes 3 numbers, not 2
v.dotProduct([4, 5]);
// @ts-expect-error strings are not vectors
v.dotProduct('4, 5, 6');
// @ts-expect-error no such method
v.crossProducts(v);
// @ts-expect-error ColourValue takes 3 or 4 numbers
new Ogre.Image().setColourAt([1, 2], 0, 0, 0);
// @ts-expect-error the data must be a buffer
new Ogre.Image().loadDynamicImage([1, 2, 3], 1, 1, Ogre.PF_BYTE_RGB);
// @ts-expect-error too few arguments
new Ogre.Image().loadDynamicImage(new Uint8Array(3), 1);
// @ts-expect-error a string is not a PixelFormat
Ogre.PixelUtil.getNumElemBytes('PF_BYTE_RGB');
// @ts-expect-error Vector3's result is not a string
const s: string = v.length();
// @ts-expect-error static members are read-only
Ogre.Vector3.ZERO = v;
void s;

// Abstract classes (pure virtual methods left unimplemented): no `new`, and subclasses implement them.
// @ts-expect-error LogListener is abstract
new Ogre.LogListener();
// @ts-expect-error MovableObject is abstract (and not a director)
new Ogre.MovableObject();
// @ts-expect-error a subclass must implement calculate
class NoCalculate extends Ogre.ControllerFunctionReal {}
void NoCalculate;
class Half extends Ogre.ControllerFunctionReal {
  override calculate(x: number): number { return x / 2; }
  // @ts-expect-error a pure virtual has no implementation to reach through super
  twice(x: number): number { return super.calculate(x) * 2; }
}
void new Half(false);
