// ogre-napi runtime, OGRE part: conditions of the preconditions on a live scene (ogre-headers/preconditions.ts,
// the scene and render-target group) that OGRE's public API cannot answer in one expression.
#pragma once

#include <OgreAnimationTrack.h>
#include <OgreAutoParamDataSource.h>
#include <OgreBillboardSet.h>
#include <OgreCamera.h>
#include <OgreManualObject.h>
#include <OgreMaterial.h>
#include <OgreTechnique.h>
#include <OgrePixelCountLodStrategy.h>
#include <OgreSubEntity.h>
#include <OgreGpuProgramManager.h>
#include <OgreHardwareBufferManager.h>
#include <OgreOverlayElement.h>
#include <OgreRenderSystem.h>
#include <OgreRenderTarget.h>
#include <OgreViewport.h>
#include <OgreRoot.h>
#include <OgreSceneManager.h>

#include "ogre_napi/lifetimes.h"
#include "ogre_napi/render_checks.h"

#include <algorithm>
#include <cmath>
#include <type_traits>

namespace rt::ogre {

/// Whether a transform argument is finite: an infinity (a double past float's range) or NaN in a
/// node's or camera's transform reaches the bounding boxes, which OGRE asserts are ordered.
template <class T>
inline bool finite(const T&) { return true; }  // enums, flags, transform spaces
inline bool finite(float v) { return std::isfinite(v); }
inline bool finite(double v) { return std::isfinite(v); }
template <class P>
inline bool allFinite(const P* p, int n) { return std::all_of(p, p + n, [](auto v) { return std::isfinite(v); }); }
template <int N, class T>
inline bool finite(const Ogre::Vector<N, T>& v) { return allFinite(v.ptr(), N); }
inline bool finite(const Ogre::Quaternion& q) { return allFinite(q.ptr(), 4); }
inline bool finite(const Ogre::Radian& a) { return std::isfinite(a.valueRadians()); }
inline bool finite(const Ogre::Degree& a) { return std::isfinite(a.valueDegrees()); }
inline bool finite(const Ogre::Matrix3& m) { return allFinite(&m[0][0], 9); }
/// A rotation OGRE normalises: all zeros would give NaN.
inline bool turnable(const Ogre::Quaternion& q) { return q.Norm() > 0; }

/// Root's scene manager enumerator: Root::shutdown() deletes it for good (protected state).
struct RootAccess : Ogre::Root {
  static bool running(const Ogre::Root& r) { return (r.*(&RootAccess::mSceneManagerEnum)) != nullptr; }
};

/// Whether `self` may cull through `frustum`: a camera delegates to its culling frustum, so a chain
/// that comes back to `self` would never end.
inline bool cullsWithoutCycle(const Ogre::Camera& self, const Ogre::Frustum* frustum) {
  for (int depth = 0; frustum != nullptr; depth++) {
    if (frustum == &self || depth > 1000) return false;
    const auto* cam = dynamic_cast<const Ogre::Camera*>(frustum);
    frustum = cam != nullptr ? cam->getCullingFrustum() : nullptr;
  }
  return true;
}

/// The target `name` of `rs`, recorded as destroyed (its wrapper dies) when there is one: the call
/// that checks this deletes it. Its viewports report themselves (ogre_lifetimes.h).
inline Ogre::RenderTarget* targetDestroyedByName(Ogre::RenderSystem& rs, const Ogre::String& name) {
  Ogre::RenderTarget* target = rs.getRenderTarget(name);
  if (target != nullptr) rt::destroyed(dynamic_cast<const void*>(target), "a destroyRenderTarget() by name destroyed this RenderTarget");
  return target;
}

/// Root::destroyRenderTarget(name) dereferences the target it finds: there must be one.
inline bool rootTargetDestroyedByName(Ogre::Root& root, const Ogre::String& name) {
  Ogre::RenderSystem* rs = root.getRenderSystem();
  return rs == nullptr || targetDestroyedByName(*rs, name) != nullptr;  // without a render system OGRE throws
}

/// Whether a factory may delete `m`: not while its scene manager still lists it (destroyMovableObject does both).
inline bool unmanaged(const Ogre::MovableObject* m) {
  Ogre::SceneManager* sm = m->_getManager();
  if (sm == nullptr) return true;
  if (const auto* cam = dynamic_cast<const Ogre::Camera*>(m)) return !sm->hasCamera(cam->getName()) || sm->getCamera(cam->getName()) != cam;
  if (!sm->hasMovableObject(m->getName(), m->getMovableType())) return true;
  return sm->getMovableObject(m->getName(), m->getMovableType()) != m;
}

/// Whether a factory may delete `sm`: not while Root lists it (root.destroySceneManager() does both).
inline bool unmanaged(const Ogre::SceneManager* sm) {
  Ogre::Root* root = Ogre::Root::getSingletonPtr();
  if (root == nullptr || !RootAccess::running(*root) || !root->hasSceneManager(sm->getName())) return true;
  return root->getSceneManager(sm->getName()) != sm;
}

/// Whether a program of that name and type exists where a pass looks for it (its group, then any):
/// a pass's shadow program setters make the program slot before they look, and keep it empty when OGRE throws.
inline bool programFound(const Ogre::String& name, const Ogre::String& group, Ogre::GpuProgramType type) {
  if (name.empty()) return true;  // clears the slot
  auto& programs = Ogre::GpuProgramManager::getSingleton();
  Ogre::GpuProgramPtr p = programs.getByName(name, group);
  if (!p) p = programs.getByName(name, Ogre::ResourceGroupManager::AUTODETECT_RESOURCE_GROUP_NAME);
  return p && p->getType() == type;
}

/// What a scene manager destroys without telling (protected state): the frame's list of lights
/// affecting the frustum, read by queryLights() between frames, with the objects' cached light lists
/// (kept while the dirty counter stands); and objects whose own listener a script replaced.
struct SceneOwnedAccess : Ogre::SceneManager {
  /// Before lights are destroyed: both lists are forgotten (the next frame makes them again).
  static bool forgetLights(Ogre::SceneManager& sm) {
    (sm.*(&SceneOwnedAccess::mLightsAffectingFrustum)).clear();
    ++(sm.*(&SceneOwnedAccess::mLightsDirtyCounter));
    return true;
  }
  /// Before a call destroys them: the wrappers of the movable objects of `type` ("*": every type,
  /// "": none), of the scene nodes but the root (`nodes`) and of the cameras (`cameras`) die, heard or not.
  static bool ending(Ogre::SceneManager& sm, const Ogre::String& type, bool nodes, bool cameras) {
    static constexpr const char* cause = "its SceneManager destroyed it";
    for (const auto& [name, collection] : sm.*(&SceneOwnedAccess::mMovableObjectCollectionMap)) {
      if (type != "*" && name != type) continue;
      for (const auto& [n, m] : collection->map) rt::destroyed(dynamic_cast<const void*>(m), cause);
    }
    if (nodes) {
      for (const Ogre::SceneNode* n : sm.*(&SceneOwnedAccess::mSceneNodes)) {
        if (n != sm.getRootSceneNode()) rt::destroyed(dynamic_cast<const void*>(n), cause);
      }
    }
    if (cameras) for (const auto& [name, cam] : sm.getCameras()) rt::destroyed(dynamic_cast<const void*>(cam), cause);
    return true;
  }
  /// Before Root's shutdown: everything its scene managers own (they clear their scenes, then go).
  static bool rootEnding(Ogre::Root& root) {
    if (!RootAccess::running(root)) return true;
    for (const auto& [name, sm] : root.getSceneManagers()) ending(*sm, "*", true, true);
    return true;
  }
};

/// A manual object's section reaches its object through a protected member.
struct ManualSectionAccess : Ogre::ManualObject::ManualObjectSection {
  static const Ogre::ManualObject* parent(const Ogre::ManualObject::ManualObjectSection& s) { return s.*(&ManualSectionAccess::mParent); }
};

/// Whether a renderable is in the scene where OGRE measures it from: a movable object (or the
/// section of one) attached to a node. Depth and world bounds read the node unchecked.
template <class T>
inline bool placed(const T& o) {
  if constexpr (std::is_pointer_v<T>) return o == nullptr || placed(*o);
  else if constexpr (std::is_base_of_v<Ogre::MovableObject, T>) return o.getParentNode() != nullptr;
  else if constexpr (std::is_base_of_v<Ogre::SubEntity, T>) return o.getParent() != nullptr && o.getParent()->getParentNode() != nullptr;
  else if constexpr (std::is_base_of_v<Ogre::ManualObject::ManualObjectSection, T>) {
    const Ogre::ManualObject* m = ManualSectionAccess::parent(o);
    return m != nullptr && m->getParentNode() != nullptr;
  } else return true;
}

/// What an auto parameter source answers from: the engine sets all of it while it renders a pass.
struct AutoParamAccess : Ogre::AutoParamDataSource {
  static bool rendering(const Ogre::AutoParamDataSource& a) {
    return a.*(&AutoParamAccess::mCurrentRenderable) != nullptr && a.*(&AutoParamAccess::mCurrentCamera) != nullptr &&
           a.*(&AutoParamAccess::mCurrentLightList) != nullptr && a.*(&AutoParamAccess::mCurrentViewport) != nullptr &&
           a.*(&AutoParamAccess::mCurrentSceneManager) != nullptr && a.*(&AutoParamAccess::mCurrentPass) != nullptr &&
           a.*(&AutoParamAccess::mCurrentRenderTarget) != nullptr;
  }
};

/// An axis-aligned box OGRE may merge, transform or take the corners of: a finite one has ordered corners and no NaN.
inline bool wellFormed(const Ogre::AxisAlignedBox& b) {
  if (!b.isFinite()) return b.isNull() || b.isInfinite();
  const Ogre::Vector3& lo = b.getMinimum();
  const Ogre::Vector3& hi = b.getMaximum();
  return lo.x <= hi.x && lo.y <= hi.y && lo.z <= hi.z;  // false for a NaN too
}
template <class T>
inline bool wellFormed(const T&) { return true; }

/// The address a wrapper of `p` records (the most-derived object's, for a polymorphic class).
template <class T>
inline const void* wrappedAddress(const T* p) {
  if constexpr (std::is_polymorphic_v<T>) return dynamic_cast<const void*>(p);
  else return p;
}

/// Before `m` is overwritten (copyDetailsTo deletes its techniques, their passes and texture units): their wrappers die.
inline bool materialContentsEnding(const Ogre::MaterialPtr& m) {
  static constexpr const char* cause = "material.copyDetailsTo() replaced its material's techniques";
  if (!m) return true;
  for (const Ogre::Technique* t : m->getTechniques()) {
    for (const Ogre::Pass* p : t->getPasses()) {
      for (const Ogre::TextureUnitState* u : p->getTextureUnitStates()) rt::destroyed(wrappedAddress(u), cause);
      rt::destroyed(wrappedAddress(p), cause);
    }
    rt::destroyed(wrappedAddress(t), cause);
  }
  return true;
}

/// A billboard set makes its vertex data when first rendered (or updated): none before.
struct BillboardSetAccess : Ogre::BillboardSet {
  static bool hasBuffers(const Ogre::BillboardSet& b) { return (b.*(&BillboardSetAccess::mVertexData)) != nullptr; }
  /// Between beginBillboards() and endBillboards(): the vertex buffer is locked for injectBillboard() to fill.
  static bool filling(const Ogre::BillboardSet& b) {
    const auto& buffer = b.*(&BillboardSetAccess::mMainBuf);
    return buffer && buffer->isLocked();
  }
  /// Whether it has a camera to cull billboards against (one rendering it told it: unset until then).
  static bool hasCamera(const Ogre::BillboardSet& b) { return (b.*(&BillboardSetAccess::mCurrentCamera)) != nullptr; }
};

/// Whether no viewport renders through the render queue invocation sequence `name` ("": any; a viewport keeps
/// a pointer to the one it names: destroying it would leave the viewport rendering through freed memory).
inline bool sequenceUnused(Ogre::Root& root, const Ogre::String& name) {
  Ogre::RenderSystem* rs = root.getRenderSystem();
  if (rs == nullptr) return true;
  for (auto it = rs->getRenderTargetIterator(); it.hasMoreElements();) {
    Ogre::RenderTarget* target = it.getNext();
    for (unsigned short i = 0; i < target->getNumViewports(); ++i) {
      Ogre::Viewport* vp = target->getViewport(i);
      if (vp->_getRenderQueueInvocationSequence() != nullptr && (name.empty() || vp->getRenderQueueInvocationSequenceName() == name)) return false;
    }
  }
  return true;
}

/// Viewports showing a camera of `sm` show none (what destroyCamera does, and destroying the whole
/// scene manager did not: the next update rendered through a deleted camera). Always true.
inline bool forgetCameras(const Ogre::SceneManager* sm) {
  Ogre::Root* root = Ogre::Root::getSingletonPtr();
  Ogre::RenderSystem* rs = root != nullptr ? root->getRenderSystem() : nullptr;
  if (rs == nullptr || sm == nullptr) return true;
  std::vector<Ogre::RenderTarget*> targets;
  for (auto it = rs->getRenderTargetIterator(); it.hasMoreElements();) targets.push_back(it.getNext());
  // (and the targets a script detached, which show their viewports still)
  for (const Ogre::RenderTarget* t : detachedTargets()) targets.push_back(const_cast<Ogre::RenderTarget*>(t));
  for (Ogre::RenderTarget* target : targets) {
    for (unsigned short i = 0; i < target->getNumViewports(); ++i) {
      Ogre::Viewport* vp = target->getViewport(i);
      if (vp->getCamera() != nullptr && vp->getCamera()->getSceneManager() == sm) vp->setCamera(nullptr);
    }
  }
  return true;
}

/// Whether an overlay element is in an overlay (its world transforms are the overlay's: none otherwise).
struct OverlayElementAccess : Ogre::OverlayElement {
  static bool inOverlay(const Ogre::OverlayElement& e) { return (e.*(&OverlayElementAccess::mOverlay)) != nullptr; }
};

/// A time index's key frame index is one of its own animation's (it indexes the track's table unchecked).
struct AnimationTrackAccess : Ogre::AnimationTrack {
  static bool indexes(const Ogre::AnimationTrack& t, const Ogre::TimeIndex& i) {
    return !i.hasKeyIndex() || i.getKeyIndex() < (t.*(&AnimationTrackAccess::mKeyFrameIndexMap)).size();
  }
};

}  // namespace rt::ogre
