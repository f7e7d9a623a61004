/** OGRE's extensions: methods the headers lack, with C++ bodies (Ogre.i's `%extend`s, in JS terms). */
import type { ExtendRule } from '../../generator/config/index.js';
import { when } from '../when.js';

/** `toString()` through the class's `operator<<`, so String(v) and template literals show the value. */
const printable = (cls: string): ExtendRule => ({
  class: cls,
  methods: [{
    name: 'toString',
    signature: 'Ogre::String toString() const',
    body: 'std::ostringstream out;\nout << self;\nreturn out.str();',
  }],
});

/** `get(row, column)` for a square matrix of size n, checked (replaces the ignored row-pointer `operator[]`). */
const elementGetter = (cls: string, n: number): ExtendRule => ({
  class: cls,
  methods: [{
    name: 'get',
    signature: 'Ogre::Real get(int row, int column) const',
    body: `if (row < 0 || row >= ${n} || column < 0 || column >= ${n}) throw std::out_of_range("${cls}::get: index out of range");\nreturn self[row][column];`,
  }],
});

/** `mul(x)` for C++'s free `operator*(const Cls&, const X&)` forms, beside the member ones. */
const products = (cls: string, operands: [param: string, result: string][]): ExtendRule => ({
  class: cls,
  methods: operands.map(([param, result]) => ({
    name: 'mul',
    signature: `${result} mul(const ${param}& rhs) const`,
    body: 'return self * rhs;',
  })),
});

/** `castX()`: the object as an X, or null when it is none (SWIG-Python's `MovableObject.castEntity()` and the like). */
const downcast = (to: string): ExtendRule['methods'][number] => ({
  name: `cast${to.replace(/^.*::/, '')}`,
  signature: `${to}* cast${to.replace(/^.*::/, '')}()`,
  body: `return dynamic_cast<${to}*>(&self);`,
});

/** Extensions, each with its reason. */
export const extendRules: ExtendRule[] = [
  // Ogre.i gives these a __repr__ from operator<<; JS calls toString() for the same purpose.
  ...[
    'Ogre::Degree', 'Ogre::Radian', 'Ogre::Vector2', 'Ogre::Vector3', 'Ogre::Vector4', 'Ogre::Vector3i',
    'Ogre::Rect', 'Ogre::FloatRect', 'Ogre::Matrix3', 'Ogre::Matrix4', 'Ogre::Affine3', 'Ogre::Quaternion',
    'Ogre::AxisAlignedBox', 'Ogre::Plane', 'Ogre::ColourValue', 'Ogre::Camera',
  ].map(printable),
  // Element access, as Ogre.i's Matrix4.__getitem__(row, column).
  elementGetter('Ogre::Matrix3', 3),
  elementGetter('Ogre::Matrix4', 4),
  // OGRE declares these products as free operators: as methods, m4.mul(m4), m4.mul(v3), m3.mul(v3) …
  products('Ogre::Matrix4', [['Ogre::Matrix4', 'Ogre::Matrix4'], ['Ogre::Vector3', 'Ogre::Vector3'], ['Ogre::Vector4', 'Ogre::Vector4'], ['Ogre::Plane', 'Ogre::Plane']]),
  products('Ogre::Affine3', [['Ogre::Affine3', 'Ogre::Affine3'], ['Ogre::Vector3', 'Ogre::Vector3'], ['Ogre::Vector4', 'Ogre::Vector4']]),
  products('Ogre::Matrix3', [['Ogre::Vector3', 'Ogre::Vector3']]),
  products('Ogre::Vector4', [['Ogre::Matrix4', 'Ogre::Vector4']]),
  // Pointers to value classes are not bound (C++ reads or writes several there): these copy the right count.
  {
    class: 'Ogre::Renderable',
    methods: [{
      name: 'getWorldTransforms',
      signature: 'std::vector<Ogre::Matrix4> getWorldTransforms() const',
      body: 'std::vector<Ogre::Matrix4> out(std::max<unsigned short>(1, self.getNumWorldTransforms()));\nself.getWorldTransforms(out.data());\nreturn out;',
    }],
  },
  {
    class: 'Ogre::Entity',
    methods: [{
      name: '_getBoneMatrices',
      signature: 'std::vector<Ogre::Affine3> _getBoneMatrices() const',
      body: 'const Ogre::Affine3* m = self._getBoneMatrices();\nreturn m ? std::vector<Ogre::Affine3>(m, m + self._getNumBoneMatrices()) : std::vector<Ogre::Affine3>();',
    }],
  },
  {
    class: 'Ogre::Skeleton',
    methods: [{
      name: '_getBoneMatrices',
      signature: 'std::vector<Ogre::Affine3> _getBoneMatrices()',
      body: 'std::vector<Ogre::Affine3> out(self.getNumBones());\nself._getBoneMatrices(out.data());\nreturn out;',
    }],
  },
  {
    class: 'Ogre::Overlay',
    methods: [{
      name: '_getWorldTransforms',
      signature: 'std::vector<Ogre::Matrix4> _getWorldTransforms() const',
      body: 'std::vector<Ogre::Matrix4> out(1);\nself._getWorldTransforms(out.data());\nreturn out;',
    }],
  },
  {
    class: 'Ogre::Frustum',
    methods: [{
      name: 'getFrustumPlanes',
      signature: 'std::vector<Ogre::Plane> getFrustumPlanes() const',
      body: 'const Ogre::Plane* planes = self.getFrustumPlanes();\nreturn std::vector<Ogre::Plane>(planes, planes + 6);',
    }],
  },
  {
    class: 'Ogre::BillboardSet',
    methods: [
      // OGRE 14 removed the pointer overload this replaces (its const getter returning the vector stays).
      ...when({ ogre: '<14' }, [{
        name: 'getTextureCoords',
        signature: 'std::vector<Ogre::FloatRect> getTextureCoords()',
        body: 'Ogre::uint16 n = 0;\nconst Ogre::FloatRect* coords = self.getTextureCoords(&n);\nreturn std::vector<Ogre::FloatRect>(coords, coords + n);',
      }]),
      {
        name: 'setTextureCoords',
        signature: 'void setTextureCoords(const std::vector<Ogre::FloatRect>& coords)',
        body: 'if (coords.size() > 0xFFFF) throw std::length_error("BillboardSet.setTextureCoords: at most 65535 rectangles");\nself.setTextureCoords(coords.data(), static_cast<Ogre::uint16>(coords.size()));',
      },
    ],
  },
  // Results already arrive as their most-derived class; these keep scripts ported from Python working.
  { class: 'Ogre::MovableObject', methods: [downcast('Ogre::Entity')] },
  {
    class: 'Ogre::OverlayElement',
    methods: ['Ogre::OverlayContainer', 'Ogre::PanelOverlayElement', 'Ogre::TextAreaOverlayElement'].map(downcast),
  },
  // The raw pointer-array forms take arrays of matrices here (copies in and out, indices checked).
  {
    class: 'Ogre::Mesh',
    methods: [{
      name: 'prepareMatricesForVertexBlend',
      signature: 'static std::vector<Ogre::Affine3> prepareMatricesForVertexBlend(const std::vector<Ogre::Affine3>& boneMatrices, const Ogre::Mesh::IndexMap& indexMap)',
      body: 'for (auto i : indexMap) if (i >= boneMatrices.size()) throw std::out_of_range("Mesh.prepareMatricesForVertexBlend: indexMap names a bone past boneMatrices");\n'
        + 'std::vector<const Ogre::Affine3*> blend(indexMap.size());\nOgre::Mesh::prepareMatricesForVertexBlend(blend.data(), boneMatrices.data(), indexMap);\n'
        + 'std::vector<Ogre::Affine3> out;\nfor (auto* m : blend) out.push_back(*m);\nreturn out;',
    }, {
      name: 'softwareVertexBlend',
      signature: 'static void softwareVertexBlend(const Ogre::VertexData* sourceVertexData, const Ogre::VertexData* targetVertexData, const std::vector<Ogre::Affine3>& blendMatrices, bool blendNormals)',
      body: 'std::vector<const Ogre::Affine3*> blend;\nfor (const auto& m : blendMatrices) blend.push_back(&m);\n'
        + 'Ogre::Mesh::softwareVertexBlend(sourceVertexData, targetVertexData, blend.data(), blend.size(), blendNormals);',
    }],
  },
  // The font atlas's pixels as a Uint8Array (TexWidth × TexHeight × bytes per pixel, see ogre-headers/emit.ts).
  {
    class: 'ImFontAtlas',
    methods: ['RGBA32', 'Alpha8'].map((format) => ({
      name: `GetTexDataAs${format}`,
      signature: `unsigned char* GetTexDataAs${format}()`,
      body: `unsigned char* pixels = nullptr;\nint width = 0, height = 0;\nself.GetTexDataAs${format}(&pixels, &width, &height);\nreturn pixels;`,
    })),
  },
  // Where OGRE's log goes (a file, a JS function, nowhere), chosen before Root or an ApplicationContext
  // makes its own log on stdout and in Ogre.log (native/runtime/ogre_napi/log_destination.h).
  {
    class: 'Ogre::LogManager',
    methods: [{
      name: 'logTo',
      signature: 'static void logTo(const Ogre::String& file)',
      body: 'rt::LogDestination::instance().set(file);',
    }, {
      name: 'logTo',
      signature: 'static void logTo(Napi::Function listener)',
      body: 'rt::LogDestination::instance().set("", &listener);',
    }, {
      name: 'logToNowhere',
      signature: 'static void logToNowhere()',
      body: 'rt::LogDestination::instance().set("");',
    }],
  },
  // A protected virtual (SWIG-Python's directors expose it): windows made by the context are destroyed through it.
  {
    class: 'OgreBites::ApplicationContextBase',
    methods: [{
      name: '_destroyWindow',
      signature: 'void _destroyWindow(const OgreBites::NativeWindowPair& win)',
      body: 'struct Access : OgreBites::ApplicationContextBase { using OgreBites::ApplicationContextBase::_destroyWindow; };\n(self.*&Access::_destroyWindow)(win);',
    }],
  },
];
