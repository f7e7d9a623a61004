// ogre-napi runtime, OGRE part: conditions the spec's preconditions (ogre-headers/emit.ts) need
// that OGRE's public API cannot answer — state kept in protected members, or in file-local statics.
#pragma once

#include <OgreDynLib.h>
#include <OgreGpuProgramParams.h>
#include <OgreParticleSystem.h>
#include <OgreProfiler.h>
#include <OgreResourceManager.h>
#include <OgrePredefinedControllers.h>
#include <OgreSceneQuery.h>
#include <OgreTangentSpaceCalc.h>
#include <OgreShaderFunctionAtom.h>

#include <cmath>
#include <cstring>
#include <type_traits>

namespace rt::ogre {

// A protected member read through a member pointer named in a derived class: legal C++, and no
// object of the derived class is ever made (so these structs need no usable constructor).
struct DynLibAccess : Ogre::DynLib {
  static bool loaded(const Ogre::DynLib& d) { return d.*(&DynLibAccess::mInst) != nullptr; }
};
struct ParticleSystemAccess : Ogre::ParticleSystem {
  static bool hasMaterial(const Ogre::ParticleSystem& p) { return p.*(&ParticleSystemAccess::mMaterial) != nullptr; }
};
struct ProfilerAccess : Ogre::Profiler {
  static bool hasTimer(const Ogre::Profiler& p) { return p.*(&ProfilerAccess::mTimer) != nullptr; }
};
struct TangentSpaceAccess : Ogre::TangentSpaceCalc {
  /// build() reads the vertex data and every index data it was given, unchecked.
  static bool ready(const Ogre::TangentSpaceCalc& t) {
    return t.*(&TangentSpaceAccess::mVData) != nullptr && !(t.*(&TangentSpaceAccess::mIDataList)).empty();
  }
};
struct RegionQueryAccess : Ogre::RegionSceneQuery {
  static bool executed(const Ogre::RegionSceneQuery& q) { return q.*(&RegionQueryAccess::mLastResult) != nullptr; }
};
struct IntersectionQueryAccess : Ogre::IntersectionSceneQuery {
  static bool executed(const Ogre::IntersectionSceneQuery& q) { return q.*(&IntersectionQueryAccess::mLastResult) != nullptr; }
};
struct AnimationFunctionAccess : Ogre::AnimationControllerFunction {
  /// Whether calculate(source) ends soon: OGRE wraps the time by subtracting the sequence length in a
  /// loop, once per sequence the time is past its end (a huge time never ends).
  static bool wrapsQuickly(const Ogre::AnimationControllerFunction& f, double source) {
    const double seq = f.*(&AnimationFunctionAccess::mSeqTime);
    const double t = f.*(&AnimationFunctionAccess::mTime) + source;
    return std::isfinite(t) && seq > 0 && std::isfinite(seq) && std::abs(t) / seq < 1e6;
  }
};

/// Whether `count` constants from `index` lie in the parameters' list for `T` (integers in the int
/// list, floating-point numbers in the float one): OGRE only asserts it.
template <class T>
inline bool rawFits(const Ogre::GpuProgramParameters& p, size_t index, size_t count, const T*) {
  const size_t room = std::is_integral<T>::value ? p.getIntConstantList().size() : p.getFloatConstantList().size();
  return index <= room && count <= room - index;
}

/// rawFits for the float and double overloads, whose (pointer, count) pair is one JS array: `$val`
/// names the pair, whose value in a condition is its count. (Pointers are checked with rawFits.)
inline bool rawArrayFits(const Ogre::GpuProgramParameters& p, size_t index, unsigned long count) {
  return rawFits(p, index, count, static_cast<const float*>(nullptr));
}
template <class T>
inline bool rawArrayFits(const Ogre::GpuProgramParameters&, size_t, const T*) { return true; }

/// The index of `atom`'s first output operand, or -1 (OGRE's atoms search for it without an end).
inline int outputOperand(const Ogre::RTShader::FunctionAtom& atom) {
  const auto& ops = const_cast<Ogre::RTShader::FunctionAtom&>(atom).getOperandList();
  for (size_t i = 0; i < ops.size(); ++i) {
    if (ops[i].getSemantic() == Ogre::RTShader::Operand::OPS_OUT) return static_cast<int>(i);
  }
  return -1;
}

/// Whether an atom's writeSourceCode finds the operands it reads: an output one for assignments and
/// texture samples, two inputs before a direct output for binary operators.
inline bool writable(const Ogre::RTShader::FunctionAtom& atom) {
  const int out = outputOperand(atom);
  const auto& ops = const_cast<Ogre::RTShader::FunctionAtom&>(atom).getOperandList();
  for (const auto& op : ops) {
    if (!op.getParameter()) return false;
  }
  if (dynamic_cast<const Ogre::RTShader::BinaryOpAtom*>(&atom)) return out >= 2 && ops[out].getIndirectionLevel() == 0;
  if (dynamic_cast<const Ogre::RTShader::AssignmentAtom*>(&atom)) return out >= 0;
  if (dynamic_cast<const Ogre::RTShader::SampleTextureAtom*>(&atom)) return out >= 1;
  return true;
}

/// Whether base85 text decodes to a compressed font's header (Dear ImGui decodes, then decompresses
/// what it got unchecked): four bytes of magic first, sixteen bytes of header in all.
inline bool base85CompressedFont(const char* text) {
  if (std::strlen(text) < 20) return false;
  auto digit = [](char c) { return static_cast<unsigned>(c >= '\\' ? c - 36 : c - 35); };
  unsigned value = 0;
  for (int i = 4; i >= 0; --i) value = value * 85 + digit(text[i]);
  return value == 0x0000bc57u;
}

/// Whether `data` is a TrueType/OpenType font with a font `index` (a collection lists its fonts'
/// offsets): what Dear ImGui's font builder asserts before it reads the tables.
inline bool fontFile(const void* data, int size, int index) {
  if (data == nullptr || size < 12 || index < 0) return false;
  const auto* b = static_cast<const unsigned char*>(data);
  auto tag = [b](const char* t) { return std::memcmp(b, t, 4) == 0; };
  if (tag("\0\1\0\0") || tag("1\0\0\0") || tag("true") || tag("typ1") || tag("OTTO")) return index == 0;
  if (!tag("ttcf")) return false;
  const unsigned count = (unsigned{b[8]} << 24) | (unsigned{b[9]} << 16) | (unsigned{b[10]} << 8) | b[11];
  return static_cast<unsigned>(index) < count && 12 + 4 * static_cast<long long>(count) <= size;
}

/// Whether EmbeddedZipArchiveFactory's file table exists: OGRE makes it on the first addEmbbeddedFile
/// and dereferences it unchecked in removeEmbbeddedFile. `noteEmbeddedFile()` is the add's precondition
/// (always met), so the remove's can tell.
inline bool& embeddedFilesExist() {
  static bool exist = false;
  return exist;
}
inline bool noteEmbeddedFile() { return embeddedFilesExist() = true; }

/// Whether a resource manager made (and so may delete) `pool`: not one made in JS.
struct ResourceManagerAccess : Ogre::ResourceManager {
  static bool owns(const Ogre::ResourceManager& m, const Ogre::ResourceManager::ResourcePool* pool) {
    for (const auto& [name, p] : m.*(&ResourceManagerAccess::mResourcePoolMap)) if (p == pool) return true;
    return false;
  }
};

}  // namespace rt::ogre
