/**
 * Value-class arithmetic done in JS (lib/valueMath.js): the C++ functions, by id, that the runtime
 * repeats operation for operation, so the generated methods make no native call for them. Each entry
 * is tested bit for bit against the engine's own result (tests/ogre/valueMath.test.ts).
 */

const vector = (n: 2 | 3 | 4): Record<string, string> => {
  const V = `Ogre::Vector<${n}, float>`;
  const floats = Array.from({ length: n }, () => 'float').join(', ');
  return {
    [`${V}::Vector(${floats})`]: `new${n}`,
    [`${V}::Vector(float)`]: `splat${n}`,
    [`${V}::operator+(const ${V} &) const`]: `add${n}`,
    [`${V}::operator-(const ${V} &) const`]: `sub${n}`,
    [`${V}::operator*(const ${V} &) const`]: `mul${n}`,
    [`${V}::operator/(const ${V} &) const`]: `div${n}`,
    [`${V}::operator+(Ogre::Real) const`]: `addS${n}`,
    [`${V}::operator-(Ogre::Real) const`]: `subS${n}`,
    [`${V}::operator*(Ogre::Real) const`]: `mulS${n}`,
    [`${V}::operator-() const`]: `neg${n}`,
    [`${V}::dotProduct(const VectorBase<${n}, float> &) const`]: `dot${n}`,
    [`${V}::squaredLength() const`]: `squaredLength${n}`,
    [`${V}::length() const`]: `length${n}`,
  };
};

/** C++ function id → the name of its JS implementation in lib/valueMath.js. */
export const valueMath: Record<string, string> = {
  ...vector(2), ...vector(3), ...vector(4),
  'Ogre::VectorBase<3, float>::crossProduct(const Ogre::Vector3 &) const': 'cross3',
  'Ogre::Quaternion::Quaternion(float, float, float, float)': 'newQ',
  'Ogre::Quaternion::operator*(const Ogre::Quaternion &) const': 'mulQ',
  'Ogre::Quaternion::operator*(const Ogre::Vector3 &) const': 'mulV',
  'Ogre::Quaternion::operator*(float) const': 'mulSQ',
  'Ogre::Quaternion::operator+(const Ogre::Quaternion &) const': 'addQ',
  'Ogre::Quaternion::operator-(const Ogre::Quaternion &) const': 'subQ',
  'Ogre::Quaternion::operator-() const': 'negQ',
  // OGRE's free operators, as the extend rules' methods (ogre-headers/rules/extendRules.ts).
  'Ogre::Matrix4::mul(const Ogre::Vector3 &) const': 'mulV3',
  'Ogre::Matrix4::mul(const Ogre::Vector4 &) const': 'mulV4',
  'Ogre::Matrix4::operator*(Ogre::Real) const': 'mulSM',
  'Ogre::TransformBaseReal::transpose() const': 'transpose',
};
