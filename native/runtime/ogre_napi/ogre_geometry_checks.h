// ogre-napi runtime, OGRE part: preconditions over geometry and math that OGRE only asserts (or
// reads unchecked): edge lists, their face normals, and the QDU decomposition (ogre-headers/preconditions.ts).
#pragma once

#include <OgreEdgeListBuilder.h>
#include <OgreHardwareBufferManager.h>
#include <OgreHardwareIndexBuffer.h>
#include <OgreMatrix3.h>
#include <OgreVertexIndexData.h>

#include <cfloat>
#include <cmath>
#include <cstdint>

namespace rt::ogre {

/// Whether QDUDecomposition's Gram-Schmidt steps stay finite with non-vanishing diagonals (OGRE
/// divides by them and asserts): every column keeps a part of itself the previous ones do not span.
inline bool qduDecomposable(const Ogre::Matrix3& m) {
  float q[3][3];
  for (int c = 0; c < 3; ++c) {
    float v[3] = {m[0][c], m[1][c], m[2][c]};
    const float full = v[0] * v[0] + v[1] * v[1] + v[2] * v[2];
    if (!std::isfinite(full) || full < FLT_MIN) return false;
    for (int p = 0; p < c; ++p) {
      const float dot = q[p][0] * m[0][c] + q[p][1] * m[1][c] + q[p][2] * m[2][c];
      for (int r = 0; r < 3; ++r) v[r] -= dot * q[p][r];
    }
    const float rest = v[0] * v[0] + v[1] * v[1] + v[2] * v[2];
    // Nearly parallel columns lose their rest to rounding: demand a margin, not merely non-zero.
    if (!std::isfinite(rest) || rest < FLT_MIN || rest < full * 1e-10f) return false;
    const float inv = 1.0f / std::sqrt(rest);
    for (int r = 0; r < 3; ++r) q[c][r] = v[r] * inv;
  }
  return true;
}

// The builder's lists are protected: read through member pointers named in a derived class (no
// object of it is ever made).
struct EdgeListBuilderAccess : Ogre::EdgeListBuilder {
  /// Whether build() reads only what exists: each geometry names an added vertex set, has an index
  /// buffer holding its range, is made of triangles, and indexes vertices its set has; each vertex
  /// set has a bound three-float position buffer holding its range.
  static bool buildable(const Ogre::EdgeListBuilder& b) {
    const auto& vertexSets = b.*(&EdgeListBuilderAccess::mVertexDataList);
    const auto& geometries = b.*(&EdgeListBuilderAccess::mGeometryList);
    if (vertexSets.empty() || geometries.empty()) return false;
    for (const Ogre::VertexData* vd : vertexSets) {
      if (vd == nullptr || vd->vertexDeclaration == nullptr || vd->vertexBufferBinding == nullptr) return false;
      const Ogre::VertexElement* pos = vd->vertexDeclaration->findElementBySemantic(Ogre::VES_POSITION);
      if (pos == nullptr || pos->getType() != Ogre::VET_FLOAT3 || !vd->vertexBufferBinding->isBufferBound(pos->getSource())) return false;
      const auto& buf = vd->vertexBufferBinding->getBuffer(pos->getSource());
      if (!buf || pos->getOffset() + 12 > buf->getVertexSize() || vd->vertexStart + vd->vertexCount > buf->getNumVertices()) return false;
    }
    for (const auto& g : geometries) {
      if (g.vertexSet >= vertexSets.size() || g.indexData == nullptr) return false;
      if (g.opType != Ogre::RenderOperation::OT_TRIANGLE_LIST && g.opType != Ogre::RenderOperation::OT_TRIANGLE_STRIP &&
          g.opType != Ogre::RenderOperation::OT_TRIANGLE_FAN) return false;
      const Ogre::IndexData& id = *g.indexData;
      if (id.indexCount == 0) continue;
      const auto& ib = id.indexBuffer;
      if (!ib || id.indexStart + id.indexCount > ib->getNumIndexes()) return false;
      const size_t vertices = vertexSets[g.vertexSet]->vertexCount;
      Ogre::HardwareBufferLockGuard lock(ib, Ogre::HardwareBuffer::HBL_READ_ONLY);
      const bool wide = ib->getType() == Ogre::HardwareIndexBuffer::IT_32BIT;
      for (size_t i = id.indexStart; i < id.indexStart + id.indexCount; ++i) {
        const size_t index = wide ? static_cast<const uint32_t*>(lock.pData)[i] : static_cast<const uint16_t*>(lock.pData)[i];
        if (index >= vertices) return false;
      }
    }
    return true;
  }
};

// The buffer manager's own declarations (protected): a vertex data's reorganisation adopts one.
struct BufferManagerAccess : Ogre::HardwareBufferManagerBase {
  static bool made(const Ogre::VertexDeclaration* d) {
    Ogre::HardwareBufferManagerBase* m = Ogre::HardwareBufferManager::getSingletonPtr();
    return m != nullptr && (m->*(&BufferManagerAccess::mVertexDeclarations)).count(const_cast<Ogre::VertexDeclaration*>(d)) != 0;
  }
};

/// Whether updateFaceNormals(vertexSet, positions) reads inside its arguments: three floats a
/// vertex, one normal a triangle, and every vertex of the set's triangles in the buffer.
inline bool faceNormalsUpdatable(const Ogre::EdgeData& e, size_t vertexSet, const Ogre::HardwareVertexBufferSharedPtr& positions) {
  if (!positions || positions->getVertexSize() != sizeof(float) * 3) return false;
  if (e.triangleFaceNormals.size() != e.triangles.size() || vertexSet >= e.edgeGroups.size()) return false;
  const Ogre::EdgeData::EdgeGroup& g = e.edgeGroups[vertexSet];
  if (g.triStart > e.triangles.size() || g.triCount > e.triangles.size() - g.triStart) return false;
  for (size_t t = g.triStart; t < g.triStart + g.triCount; ++t) {
    for (size_t v : e.triangles[t].vertIndex) if (v >= positions->getNumVertices()) return false;
  }
  return true;
}

}  // namespace rt::ogre
