// ogre-napi runtime, OGRE part: conditions of the render-target and billboard preconditions the fuzzer's
// seeds 13–17 found (ogre-headers/seedPreconditions13to17.ts, scenePreconditions.ts), reading OGRE 1.12's protected state.
#pragma once

#include <OgreBillboardSet.h>
#include <OgreHardwareBuffer.h>
#include <OgreRenderSystem.h>
#include <OgreRenderTarget.h>
#include <OgreRoot.h>
#include <OgreViewport.h>

#include <set>

namespace rt::ogre {

/// Before `target` leaves the render system (detachRenderTarget): OGRE forgets it as the active
/// target but keeps its viewport as the active viewport, which viewport.clear() and
/// renderSystem.clearFrameBuffer() then draw through, with no target. The viewport goes too.
/// Targets a script detached from the render system: no longer listed there, never deleted by the
/// engine (what detaches owns them), still showing their viewports (see forgetCameras).
inline std::set<const Ogre::RenderTarget*>& detachedTargets() {
  static std::set<const Ogre::RenderTarget*> targets;
  return targets;
}
/// A target attached again is the render system's to list.
inline bool attaching(const Ogre::RenderTarget& target) {
  detachedTargets().erase(&target);
  return true;
}

inline bool detaching(Ogre::RenderSystem* rs, const Ogre::RenderTarget* target) {
  if (rs == nullptr || target == nullptr) return true;
  detachedTargets().insert(target);
  Ogre::Viewport* vp = rs->_getViewport();
  if (vp != nullptr && vp->getTarget() == target) rs->_setViewport(nullptr);
  return true;
}
inline bool detaching(Ogre::Root& root, const Ogre::RenderTarget* target) { return detaching(root.getRenderSystem(), target); }
inline bool detaching(Ogre::RenderSystem& rs, const Ogre::String& name) { return detaching(&rs, rs.getRenderTarget(name)); }
inline bool detaching(Ogre::Root& root, const Ogre::String& name) {
  Ogre::RenderSystem* rs = root.getRenderSystem();
  return rs == nullptr || detaching(*rs, name);
}

/// Whether a target may be destroyed while the engine runs: not Root's primary window (its first),
/// whose GL context every texture, buffer and other window shares (the render system draws through
/// none once it goes). Root.shutdown() destroys it.
inline bool notPrimary(const Ogre::RenderTarget* target) { return target == nullptr || !target->isPrimary(); }
inline bool notPrimary(Ogre::RenderSystem* rs, const Ogre::String& name) { return rs == nullptr || notPrimary(rs->getRenderTarget(name)); }
inline bool notPrimary(Ogre::RenderSystem& rs, const Ogre::String& name) { return notPrimary(&rs, name); }

/// A buffer's locked range (protected state).
struct HardwareBufferAccess : Ogre::HardwareBuffer {
  static size_t lockSize(const Ogre::HardwareBuffer& b) { return b.*(&HardwareBufferAccess::mLockSize); }
};

/// A billboard set filled by hand: beginBillboards(n) locks its vertex buffer for n billboards (all
/// when 0), injectBillboard() writes one's vertices there.
struct BillboardInjectionAccess : Ogre::BillboardSet {
  /// Whether one more billboard fits the locked range (when locked: the begun check comes first).
  static bool fits(const Ogre::BillboardSet& b) {
    const auto& buf = b.*(&BillboardInjectionAccess::mMainBuf);
    if (!buf || !buf->isLocked()) return true;
    const size_t perBillboard = buf->getVertexSize() * (b.isPointRenderingEnabled() ? 1 : 4);
    const size_t room = perBillboard == 0 ? 0 : HardwareBufferAccess::lockSize(*buf) / perBillboard;
    return b.*(&BillboardInjectionAccess::mNumVisibleBillboards) < room;
  }
};

}  // namespace rt::ogre
