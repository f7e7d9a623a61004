// Runs every value-class operation the runtime does in JS (ogre-headers/valueMath.ts) over seeded
// inputs and prints the results (as exact strings: -0, Infinity and NaN included). The test runs it
// twice — as is, and with OGRE_NAPI_NATIVE_MATH=1 (the engine's own code) — and compares.
import Ogre from 'ogre-napi';
import { valueMath } from '../../../lib/runtime.js';

let seed = 12345;
const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
// Mostly ordinary magnitudes, some extremes: zeros of both signs, subnormals, overflow, infinities.
const specials = [0, -0, 1, -1, 0.5, 1e-40, -3e-39, 3e38, -3e38, Infinity, -Infinity, 16777217, 1 / 3];
const number = () => {
  const u = random();
  if (u < 0.1) return specials[Math.floor(random() * specials.length)];
  const scale = u < 0.2 ? 1e-20 : u < 0.3 ? 1e20 : 100;
  return Math.fround((random() * 2 - 1) * scale);
};
const numbers = (n) => Array.from({ length: n }, number);

const out = [];
const put = (r) => {
  for (const x of typeof r === 'number' ? [r] : [...r]) out.push(Object.is(x, -0) ? '-0' : String(x));
};

const vectors = [[2, Ogre.Vector2], [3, Ogre.Vector3], [4, Ogre.Vector4]];
for (let i = 0; i < 1500; i++) {
  for (const [n, V] of vectors) {
    const a = new V(...numbers(n)), b = new V(...numbers(n)), s = number();
    put(a); put(new V(s));
    put(a.add(b)); put(a.sub(b)); put(a.mul(b)); put(a.div(b));
    put(a.add(s)); put(a.sub(s)); put(a.mul(s)); put(a.neg());
    put(a.dotProduct(b)); put(a.squaredLength()); put(a.length());
    if (n === 3) put(a.crossProduct(b));
  }
  const q = new Ogre.Quaternion(...numbers(4)), p = new Ogre.Quaternion(...numbers(4));
  const v3 = new Ogre.Vector3(...numbers(3)), v4 = new Ogre.Vector4(...numbers(4)), s = number();
  put(q); put(q.mul(p)); put(q.mul(v3)); put(q.mul(s)); put(q.add(p)); put(q.sub(p)); put(q.neg());
  const m = new Ogre.Matrix4(...numbers(16)), k = new Ogre.Matrix4(...numbers(16));
  put(m); put(m.mul(k)); put(m.mul(v3)); put(m.mul(v4)); put(m.mul(s)); put(m.transpose());
}
console.log(`RESULT ${JSON.stringify({ js: valueMath.on, count: out.length, results: out })}`);
