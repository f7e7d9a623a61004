// ogre-napi JS runtime: OGRE's inline value-class arithmetic (Vector2/3/4, Quaternion, Matrix4) done in
// JS, so `v.add(w)` or `q.mul(v)` makes no native call. Each function repeats the C++ body's float
// operations in the same order, rounding every step with Math.fround: a float sum, difference, product,
// quotient or square root computed in double and rounded once is the float result C++ gets (double has
// more than twice float's precision), so results are bit-identical to the engine's (tests/ogre/valueMath
// compares them with the native calls). The spec (ogre-headers/valueMath.ts) names the C++ function each
// one stands for; OGRE_NAPI_NATIVE_MATH=1 makes the generated methods call the engine instead.
import { INTERNAL } from './runtime.js';
import { STORE } from './values.js';

/** Slots results are made from (a value class reads its fields from slots, as from the registers). */
const S = new Float64Array(48);

/** A value of class `Cls` from its slots in C++ member order (a Quaternion's are w, x, y, z). */
const slots2 = (Cls, a, b) => { S[0] = a; S[1] = b; return new Cls(INTERNAL, 0, S); };
const slots3 = (Cls, a, b, c) => { S[0] = a; S[1] = b; S[2] = c; return new Cls(INTERNAL, 0, S); };
const slots4 = (Cls, a, b, c, d) => { S[0] = a; S[1] = b; S[2] = c; S[3] = d; return new Cls(INTERNAL, 0, S); };

// Vector<N, float> (OgreVector.h): component-wise `ret = *this; ret op= b`, scalars as `s + *this`.
const vectors = {
  add2: (a, b, C) => slots2(C, Math.fround(a.x + b.x), Math.fround(a.y + b.y)),
  add3: (a, b, C) => slots3(C, Math.fround(a.x + b.x), Math.fround(a.y + b.y), Math.fround(a.z + b.z)),
  add4: (a, b, C) => slots4(C, Math.fround(a.x + b.x), Math.fround(a.y + b.y), Math.fround(a.z + b.z), Math.fround(a.w + b.w)),
  sub2: (a, b, C) => slots2(C, Math.fround(a.x - b.x), Math.fround(a.y - b.y)),
  sub3: (a, b, C) => slots3(C, Math.fround(a.x - b.x), Math.fround(a.y - b.y), Math.fround(a.z - b.z)),
  sub4: (a, b, C) => slots4(C, Math.fround(a.x - b.x), Math.fround(a.y - b.y), Math.fround(a.z - b.z), Math.fround(a.w - b.w)),
  mul2: (a, b, C) => slots2(C, Math.fround(a.x * b.x), Math.fround(a.y * b.y)),
  mul3: (a, b, C) => slots3(C, Math.fround(a.x * b.x), Math.fround(a.y * b.y), Math.fround(a.z * b.z)),
  mul4: (a, b, C) => slots4(C, Math.fround(a.x * b.x), Math.fround(a.y * b.y), Math.fround(a.z * b.z), Math.fround(a.w * b.w)),
  div2: (a, b, C) => slots2(C, Math.fround(a.x / b.x), Math.fround(a.y / b.y)),
  div3: (a, b, C) => slots3(C, Math.fround(a.x / b.x), Math.fround(a.y / b.y), Math.fround(a.z / b.z)),
  div4: (a, b, C) => slots4(C, Math.fround(a.x / b.x), Math.fround(a.y / b.y), Math.fround(a.z / b.z), Math.fround(a.w / b.w)),
  // The scalar is a float parameter: rounded before use, as C++ converts it. `v - s` is `-s + v`.
  addS2: (a, s, C) => (s = Math.fround(s), slots2(C, Math.fround(a.x + s), Math.fround(a.y + s))),
  addS3: (a, s, C) => (s = Math.fround(s), slots3(C, Math.fround(a.x + s), Math.fround(a.y + s), Math.fround(a.z + s))),
  addS4: (a, s, C) => (s = Math.fround(s), slots4(C, Math.fround(a.x + s), Math.fround(a.y + s), Math.fround(a.z + s), Math.fround(a.w + s))),
  subS2: (a, s, C) => (s = -Math.fround(s), slots2(C, Math.fround(a.x + s), Math.fround(a.y + s))),
  subS3: (a, s, C) => (s = -Math.fround(s), slots3(C, Math.fround(a.x + s), Math.fround(a.y + s), Math.fround(a.z + s))),
  subS4: (a, s, C) => (s = -Math.fround(s), slots4(C, Math.fround(a.x + s), Math.fround(a.y + s), Math.fround(a.z + s), Math.fround(a.w + s))),
  mulS2: (a, s, C) => (s = Math.fround(s), slots2(C, Math.fround(a.x * s), Math.fround(a.y * s))),
  mulS3: (a, s, C) => (s = Math.fround(s), slots3(C, Math.fround(a.x * s), Math.fround(a.y * s), Math.fround(a.z * s))),
  mulS4: (a, s, C) => (s = Math.fround(s), slots4(C, Math.fround(a.x * s), Math.fround(a.y * s), Math.fround(a.z * s), Math.fround(a.w * s))),
  // `-v` is `-1 * v`: the sign flips, zeros included.
  neg2: (a, C) => slots2(C, -a.x, -a.y),
  neg3: (a, C) => slots3(C, -a.x, -a.y, -a.z),
  neg4: (a, C) => slots4(C, -a.x, -a.y, -a.z, -a.w),
  // `T ret = 0; ret += a[i] * b[i]` (0 + -0 is +0, as in C++).
  dot2: (a, b) => Math.fround(Math.fround(0 + Math.fround(a.x * b.x)) + Math.fround(a.y * b.y)),
  dot3: (a, b) => Math.fround(Math.fround(Math.fround(0 + Math.fround(a.x * b.x)) + Math.fround(a.y * b.y)) + Math.fround(a.z * b.z)),
  dot4: (a, b) => Math.fround(Math.fround(Math.fround(Math.fround(0 + Math.fround(a.x * b.x)) + Math.fround(a.y * b.y)) + Math.fround(a.z * b.z)) + Math.fround(a.w * b.w)),
  squaredLength2: (a) => vectors.dot2(a, a),
  squaredLength3: (a) => vectors.dot3(a, a),
  squaredLength4: (a) => vectors.dot4(a, a),
  length2: (a) => Math.fround(Math.sqrt(vectors.dot2(a, a))),
  length3: (a) => Math.fround(Math.sqrt(vectors.dot3(a, a))),
  length4: (a) => Math.fround(Math.sqrt(vectors.dot4(a, a))),
  cross3: (a, b, C) => slots3(C, Math.fround(Math.fround(a.y * b.z) - Math.fround(a.z * b.y)), Math.fround(Math.fround(a.z * b.x) - Math.fround(a.x * b.z)), Math.fround(Math.fround(a.x * b.y) - Math.fround(a.y * b.x))),
};

// Constructors fill the result slots `r` (the registers) as the native constructor would.
const constructors = {
  new2: (r, x, y) => { r[0] = Math.fround(x); r[1] = Math.fround(y); },
  new3: (r, x, y, z) => { r[0] = Math.fround(x); r[1] = Math.fround(y); r[2] = Math.fround(z); },
  new4: (r, x, y, z, w) => { r[0] = Math.fround(x); r[1] = Math.fround(y); r[2] = Math.fround(z); r[3] = Math.fround(w); },
  splat2: (r, s) => { r[0] = r[1] = Math.fround(s); },
  splat3: (r, s) => { r[0] = r[1] = r[2] = Math.fround(s); },
  splat4: (r, s) => { r[0] = r[1] = r[2] = r[3] = Math.fround(s); },
  // Quaternion(w, x, y, z): slots in member order w, x, y, z.
  newQ: (r, w, x, y, z) => { r[0] = Math.fround(w); r[1] = Math.fround(x); r[2] = Math.fround(y); r[3] = Math.fround(z); },
};

// Quaternion (OgreQuaternion.h/.cpp): fields w, x, y, z.
const quaternions = {
  mulQ: (p, q, C) => slots4(C,
    Math.fround(Math.fround(Math.fround(Math.fround(p.w * q.w) - Math.fround(p.x * q.x)) - Math.fround(p.y * q.y)) - Math.fround(p.z * q.z)),
    Math.fround(Math.fround(Math.fround(Math.fround(p.w * q.x) + Math.fround(p.x * q.w)) + Math.fround(p.y * q.z)) - Math.fround(p.z * q.y)),
    Math.fround(Math.fround(Math.fround(Math.fround(p.w * q.y) + Math.fround(p.y * q.w)) + Math.fround(p.z * q.x)) - Math.fround(p.x * q.z)),
    Math.fround(Math.fround(Math.fround(Math.fround(p.w * q.z) + Math.fround(p.z * q.w)) + Math.fround(p.x * q.y)) - Math.fround(p.y * q.x))),
  // uv = q.xyz × v; uuv = q.xyz × uv; uv *= 2w; uuv *= 2; v + uv + uuv.
  mulV: (q, v, C) => {
    const qx = q.x, qy = q.y, qz = q.z, w2 = Math.fround(2 * q.w);
    const vx = v.x, vy = v.y, vz = v.z;
    const ux = Math.fround(Math.fround(qy * vz) - Math.fround(qz * vy)), uy = Math.fround(Math.fround(qz * vx) - Math.fround(qx * vz)), uz = Math.fround(Math.fround(qx * vy) - Math.fround(qy * vx));
    const uux = Math.fround(Math.fround(qy * uz) - Math.fround(qz * uy)), uuy = Math.fround(Math.fround(qz * ux) - Math.fround(qx * uz)), uuz = Math.fround(Math.fround(qx * uy) - Math.fround(qy * ux));
    return slots3(C,
      Math.fround(Math.fround(vx + Math.fround(ux * w2)) + Math.fround(uux * 2)),
      Math.fround(Math.fround(vy + Math.fround(uy * w2)) + Math.fround(uuy * 2)),
      Math.fround(Math.fround(vz + Math.fround(uz * w2)) + Math.fround(uuz * 2)));
  },
  mulSQ: (q, s, C) => (s = Math.fround(s), slots4(C, Math.fround(s * q.w), Math.fround(s * q.x), Math.fround(s * q.y), Math.fround(s * q.z))),
  addQ: (p, q, C) => slots4(C, Math.fround(p.w + q.w), Math.fround(p.x + q.x), Math.fround(p.y + q.y), Math.fround(p.z + q.z)),
  subQ: (p, q, C) => slots4(C, Math.fround(p.w - q.w), Math.fround(p.x - q.x), Math.fround(p.y - q.y), Math.fround(p.z - q.z)),
  negQ: (q, C) => slots4(C, -q.w, -q.x, -q.y, -q.z),
};

// Matrix4 (OgreMatrix4.h): 16 floats row by row, read through the slots (C++ keeps `m` protected).
// Not Matrix4 × Matrix4: its 112 rounded steps in JS cost more than the native call.
const A = 0, O = 32;
const matrices = {
  // Projects back into w = 1: each row's sum times 1 / (the last row's sum).
  mulV3: (a, v, C) => {
    a[STORE](S, A);
    const x = v.x, y = v.y, z = v.z;
    const row = (k) => Math.fround(Math.fround(Math.fround(Math.fround(S[k] * x) + Math.fround(S[k + 1] * y)) + Math.fround(S[k + 2] * z)) + S[k + 3]);
    const inv = Math.fround(1 / row(12));
    return slots3(C, Math.fround(row(0) * inv), Math.fround(row(4) * inv), Math.fround(row(8) * inv));
  },
  mulV4: (a, v, C) => {
    a[STORE](S, A);
    const x = v.x, y = v.y, z = v.z, w = v.w;
    const row = (k) => Math.fround(Math.fround(Math.fround(Math.fround(S[k] * x) + Math.fround(S[k + 1] * y)) + Math.fround(S[k + 2] * z)) + Math.fround(S[k + 3] * w));
    return slots4(C, row(0), row(4), row(8), row(12));
  },
  mulSM: (a, s, C) => {
    a[STORE](S, A);
    s = Math.fround(s);
    for (let i = 0; i < 16; i++) S[O + i] = Math.fround(s * S[A + i]);
    return new C(INTERNAL, O, S);
  },
  transpose: (a, C) => {
    a[STORE](S, A);
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) S[O + 4 * j + i] = S[A + 4 * i + j];
    return new C(INTERNAL, O, S);
  },
};

/**
 * The JS implementations by name (`on`: whether generated methods use them). Frozen, so optimised
 * code treats each member as a constant.
 */
export const valueMath = Object.freeze({
  on: globalThis.process?.env?.OGRE_NAPI_NATIVE_MATH !== '1',
  ...vectors, ...constructors, ...quaternions, ...matrices,
});
