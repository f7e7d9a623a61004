// ogre-napi runtime, OGRE part: which engine objects JS hears are destroyed, and who owns a resource. Movable objects and
// nodes report their own destruction to one listener each (installed when a wrapper is made, if the
// object has none), scene managers, cameras and viewports to any number; deleting Root ends every engine object.
#pragma once

#include <OgreCamera.h>
#include <OgreMovableObject.h>
#include <OgreNode.h>
#include <OgreRenderSystem.h>
#include <OgreRenderTarget.h>
#include <OgreResourceManager.h>
#include <OgreRoot.h>
#include <OgreSceneManager.h>
#include <OgreViewport.h>

#include <memory>
#include <unordered_set>

#include "ogre_napi/lifetimes.h"

namespace rt::ogre {

/// A node's debug renderable, which the node owns (protected state; none until getDebugRenderable()).
struct NodeDebugAccess : Ogre::Node {
  static const Ogre::Node::DebugRenderable* debug(const Ogre::Node& n) { return (n.*(&NodeDebugAccess::mDebug)).get(); }
};

/// What a scene manager owns, listed while it is being destroyed (protected state): its nodes and
/// movable objects die with it even when a script replaced their own listener (setListener).
struct SceneManagerAccess : Ogre::SceneManager {
  template <class F>
  static void forEachOwned(Ogre::SceneManager& sm, F&& f) {
    f(dynamic_cast<const void*>(sm.getRootSceneNode()));
    for (const Ogre::SceneNode* n : sm.*(&SceneManagerAccess::mSceneNodes)) f(dynamic_cast<const void*>(n));
    for (const auto& [name, cam] : sm.getCameras()) f(dynamic_cast<const void*>(cam));
    for (const auto& [type, collection] : sm.*(&SceneManagerAccess::mMovableObjectCollectionMap)) {
      for (const auto& [name, m] : collection->map) f(dynamic_cast<const void*>(m));
    }
  }
};

/// Hears movable objects, nodes, cameras, viewports and scene managers die (one for the process; JS thread only).
class LifetimeListener final : public Ogre::MovableObject::Listener, public Ogre::Node::Listener, public Ogre::SceneManager::Listener,
                               public Ogre::Camera::Listener, public Ogre::Viewport::Listener {
 public:
  void objectDestroyed(Ogre::MovableObject* m) override {
    rt::destroyed(dynamic_cast<const void*>(m), "the engine destroyed this MovableObject");
  }
  void nodeDestroyed(const Ogre::Node* n) override {
    rt::destroyed(dynamic_cast<const void*>(n), "the engine destroyed this Node (with its parent, or its scene)");
    // The node deletes its debug renderable with it.
    if (const auto* d = NodeDebugAccess::debug(*n)) rt::destroyed(dynamic_cast<const void*>(d), "the engine destroyed its Node (which owns it)");
  }
  /// A viewport showing a destroyed camera would render through freed memory: it shows nothing instead.
  void cameraDestroyed(Ogre::Camera* cam) override {
    watchedCameras.erase(cam);
    Ogre::Root* root = Ogre::Root::getSingletonPtr();
    Ogre::RenderSystem* rs = root != nullptr ? root->getRenderSystem() : nullptr;
    if (rs == nullptr) return;
    for (auto it = rs->getRenderTargetIterator(); it.hasMoreElements();) {
      Ogre::RenderTarget* target = it.getNext();
      for (unsigned short i = 0; i < target->getNumViewports(); i++) {
        if (Ogre::Viewport* vp = target->getViewport(i); vp->getCamera() == cam) vp->setCamera(nullptr);
      }
    }
  }
  void viewportDestroyed(Ogre::Viewport* vp) override {
    watchedViewports.erase(vp);
    // Its camera remembers the last viewport it rendered to (camera.getViewport()): not a destroyed one.
    if (Ogre::Camera* cam = vp->getCamera(); cam != nullptr && cam->getViewport() == vp) cam->_notifyViewport(nullptr);
    rt::destroyed(dynamic_cast<const void*>(vp), "the engine destroyed this Viewport (with its render target, or removeViewport)");
  }
  std::unordered_set<const Ogre::Camera*> watchedCameras;
  std::unordered_set<const Ogre::Viewport*> watchedViewports;
  void sceneManagerDestroyed(Ogre::SceneManager* sm) override {
    watchedSceneManagers.erase(sm);
    rt::destroyed(dynamic_cast<const void*>(sm), "the engine destroyed this SceneManager");
    SceneManagerAccess::forEachOwned(*sm, [](const void* p) { rt::destroyed(p, "the engine destroyed its SceneManager (which owned it)"); });
  }
  std::unordered_set<const Ogre::SceneManager*> watchedSceneManagers;
};

inline LifetimeListener& lifetimeListener() {
  static LifetimeListener listener;
  return listener;
}

}  // namespace rt::ogre

// Found by argument-dependent lookup from rt::watched / rt::deleteOwned / rt::dynamicAddress.
namespace Ogre {

/// A movable object JS sees: heard when destroyed, unless someone else listens to it already.
inline void watchLifetime(const MovableObject* m) {
  if (m->getListener() == nullptr) const_cast<MovableObject*>(m)->setListener(&rt::ogre::lifetimeListener());
  // Cameras also tell the viewports that show them.
  if (const auto* cam = dynamic_cast<const Camera*>(m); cam != nullptr && rt::ogre::lifetimeListener().watchedCameras.insert(cam).second) {
    const_cast<Camera*>(cam)->addListener(&rt::ogre::lifetimeListener());
  }
}
inline void watchLifetime(const Viewport* vp) {
  if (rt::ogre::lifetimeListener().watchedViewports.insert(vp).second) const_cast<Viewport*>(vp)->addListener(&rt::ogre::lifetimeListener());
}
inline void watchLifetime(const Node* n) {
  if (n->getListener() == nullptr) const_cast<Node*>(n)->setListener(&rt::ogre::lifetimeListener());
}
inline void watchLifetime(const SceneManager* sm) {
  if (rt::ogre::lifetimeListener().watchedSceneManagers.insert(sm).second) const_cast<SceneManager*>(sm)->addListener(&rt::ogre::lifetimeListener());
}
/// Deleting Root ends the engine: every engine object's wrapper dies.
inline void aboutToDelete(const Root*) { rt::destroyed(nullptr, "Root was deleted"); }

}  // namespace Ogre

namespace rt::ogre {

/// The shared pointer its manager holds a resource by, aliased to `p` (empty when no manager holds it):
/// what a plain `Material*` result (`Technique::getParent()`) shares, so JS keeps the material alive.
template <class T>
inline std::shared_ptr<T> resourceOwner(T* p) {
  auto* resource = const_cast<Ogre::Resource*>(static_cast<const Ogre::Resource*>(p));
  Ogre::ResourceManager* manager = resource->getCreator();
  if (manager == nullptr) return {};
  Ogre::ResourcePtr owner = manager->getByHandle(resource->getHandle());
  if (owner.get() != resource) return {};
  return std::shared_ptr<T>(owner, p);
}

}  // namespace rt::ogre
