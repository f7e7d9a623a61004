// ogre-napi runtime, OGRE part: which engine objects JS hears are destroyed, and who owns a resource. Movable objects and
// nodes report their own destruction to one listener each (ours, installed when a wrapper is made; a listener a script
// sets is called through ours), scene managers, cameras and viewports to any number; deleting Root ends every engine object.
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
#include <type_traits>
#include <unordered_map>
#include <unordered_set>

#include "ogre_napi/lifetimes.h"

namespace rt::ogre {

/// A node's debug renderable, which the node owns (protected state; none until getDebugRenderable()).
/// OGRE 13 dropped it (the DebugDrawer draws nodes).
#if OGRE_VERSION < 0x0D0000
struct NodeDebugAccess : Ogre::Node {
  static const Ogre::Node::DebugRenderable* debug(const Ogre::Node& n) { return (n.*(&NodeDebugAccess::mDebug)).get(); }
};
#endif

/// A render system's render targets (OGRE 13 dropped the iterator; the map is protected state).
struct RenderTargetsAccess : Ogre::RenderSystem {
  static const Ogre::RenderTargetMap& of(const Ogre::RenderSystem& rs) { return rs.*(&RenderTargetsAccess::mRenderTargets); }
};

/// What a scene manager owns, listed while it is being destroyed (protected state): its nodes and
/// movable objects die with it even when a script replaced their own listener (setListener).
struct SceneManagerAccess : Ogre::SceneManager {
  template <class F>
  static void forEachOwned(Ogre::SceneManager& sm, F&& f) {
    f(dynamic_cast<const void*>(sm.getRootSceneNode()));
    for (const Ogre::SceneNode* n : sm.*(&SceneManagerAccess::mSceneNodes)) f(dynamic_cast<const void*>(n));
    for (const auto& [name, cam] : sm.getCameras()) f(dynamic_cast<const void*>(cam));
#if OGRE_VERSION < 0x0D0000
    for (const auto& [type, collection] : sm.*(&SceneManagerAccess::mMovableObjectCollectionMap)) {
      for (const auto& [name, m] : collection->map) f(dynamic_cast<const void*>(m));
    }
#else
    // OGRE 13 keeps the collections private: by the types of movable object Root knows.
    for (const auto& [type, factory] : Ogre::Root::getSingleton().getMovableObjectFactories()) {
      for (const auto& [name, m] : sm.getMovableObjects(type)) f(dynamic_cast<const void*>(m));
    }
#endif
  }
};

/// Hears movable objects, nodes, cameras, viewports and scene managers die (one for the process; JS thread only).
class LifetimeListener final : public Ogre::MovableObject::Listener, public Ogre::Node::Listener, public Ogre::SceneManager::Listener,
                               public Ogre::Camera::Listener, public Ogre::Viewport::Listener {
 public:
  void objectDestroyed(Ogre::MovableObject* m) override {
    rt::destroyed(dynamic_cast<const void*>(m), "the engine destroyed this MovableObject");
    if (auto* user = takeUser(movableUsers, m)) user->objectDestroyed(m);
  }
  void nodeDestroyed(const Ogre::Node* n) override {
    rt::destroyed(dynamic_cast<const void*>(n), "the engine destroyed this Node (with its parent, or its scene)");
    // The node deletes its debug renderable with it.
#if OGRE_VERSION < 0x0D0000
    if (const auto* d = NodeDebugAccess::debug(*n)) rt::destroyed(dynamic_cast<const void*>(d), "the engine destroyed its Node (which owns it)");
#endif
    if (auto* user = takeUser(nodeUsers, n)) user->nodeDestroyed(n);
  }
  // The rest of what a script's listener hears (setListener), passed on.
  void objectAttached(Ogre::MovableObject* m) override { if (auto* u = user(movableUsers, m)) u->objectAttached(m); }
  void objectDetached(Ogre::MovableObject* m) override { if (auto* u = user(movableUsers, m)) u->objectDetached(m); }
  void objectMoved(Ogre::MovableObject* m) override { if (auto* u = user(movableUsers, m)) u->objectMoved(m); }
  bool objectRendering(const Ogre::MovableObject* m, const Ogre::Camera* c) override {
    auto* u = user(movableUsers, m);
    return u == nullptr || u->objectRendering(m, c);
  }
  const Ogre::LightList* objectQueryLights(const Ogre::MovableObject* m) override {
    auto* u = user(movableUsers, m);
    return u == nullptr ? nullptr : u->objectQueryLights(m);
  }
  void nodeUpdated(const Ogre::Node* n) override { if (auto* u = user(nodeUsers, n)) u->nodeUpdated(n); }
  void nodeAttached(const Ogre::Node* n) override { if (auto* u = user(nodeUsers, n)) u->nodeAttached(n); }
  void nodeDetached(const Ogre::Node* n) override { if (auto* u = user(nodeUsers, n)) u->nodeDetached(n); }

  /// The listeners scripts (or the engine, before we watched the object) set, called after ours.
  std::unordered_map<const Ogre::MovableObject*, Ogre::MovableObject::Listener*> movableUsers;
  std::unordered_map<const Ogre::Node*, Ogre::Node::Listener*> nodeUsers;

  /// A viewport showing a destroyed camera would render through freed memory: it shows nothing instead.
  void cameraDestroyed(Ogre::Camera* cam) override {
    watchedCameras.erase(cam);
    Ogre::Root* root = Ogre::Root::getSingletonPtr();
    Ogre::RenderSystem* rs = root != nullptr ? root->getRenderSystem() : nullptr;
    if (rs == nullptr) return;
    for (const auto& [name, target] : RenderTargetsAccess::of(*rs)) {
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

 private:
  template <class Map, class K>
  static typename Map::mapped_type user(const Map& users, K* k) {
    if (users.empty()) return nullptr;
    auto it = users.find(k);
    return it == users.end() ? nullptr : it->second;
  }
  template <class Map, class K>
  static typename Map::mapped_type takeUser(Map& users, K* k) {
    auto it = users.find(k);
    if (it == users.end()) return nullptr;
    auto* u = it->second;
    users.erase(it);
    return u;
  }
};

inline LifetimeListener& lifetimeListener() {
  static LifetimeListener listener;
  return listener;
}

}  // namespace rt::ogre

// Found by argument-dependent lookup from rt::watched / rt::deleteOwned / rt::dynamicAddress.
namespace Ogre {

/// A movable object JS sees: heard when destroyed (a listener it had already is called through ours).
inline void watchLifetime(const MovableObject* m) {
  auto& ours = rt::ogre::lifetimeListener();
  if (MovableObject::Listener* had = m->getListener(); had != &ours) {
    if (had != nullptr) ours.movableUsers[m] = had;
    else ours.movableUsers.erase(m);  // of an earlier object at this address
    const_cast<MovableObject*>(m)->setListener(&ours);
  }
  // Cameras also tell the viewports that show them.
  if (const auto* cam = dynamic_cast<const Camera*>(m); cam != nullptr && rt::ogre::lifetimeListener().watchedCameras.insert(cam).second) {
    const_cast<Camera*>(cam)->addListener(&rt::ogre::lifetimeListener());
  }
}
inline void watchLifetime(const Viewport* vp) {
  if (rt::ogre::lifetimeListener().watchedViewports.insert(vp).second) const_cast<Viewport*>(vp)->addListener(&rt::ogre::lifetimeListener());
}
inline void watchLifetime(const Node* n) {
  auto& ours = rt::ogre::lifetimeListener();
  if (Node::Listener* had = n->getListener(); had != &ours) {
    if (had != nullptr) ours.nodeUsers[n] = had;
    else ours.nodeUsers.erase(n);
    const_cast<Node*>(n)->setListener(&ours);
  }
}
inline void watchLifetime(const SceneManager* sm) {
  if (rt::ogre::lifetimeListener().watchedSceneManagers.insert(sm).second) const_cast<SceneManager*>(sm)->addListener(&rt::ogre::lifetimeListener());
}
/// Deleting Root ends the engine: every engine object's wrapper dies.
inline void aboutToDelete(const Root*) { rt::destroyed(nullptr, "Root was deleted"); }

}  // namespace Ogre

namespace rt::ogre {

/// `setListener` as scripts call it: `listener` hears the object's events after our own listener, which
/// stays installed (so its destruction still kills its wrappers); null removes the script's listener.
template <class T, class L>
inline void setUserListener(T& object, L* listener) {
  auto& ours = lifetimeListener();
  Ogre::watchLifetime(&object);
  auto& users = [&]() -> auto& { if constexpr (std::is_base_of_v<Ogre::Node, T>) return ours.nodeUsers; else return ours.movableUsers; }();
  if (listener != nullptr && listener != &ours) users[&object] = listener;
  else users.erase(&object);
}

/// `getListener` as scripts see it: the listener they set (ours is not theirs to see).
template <class T>
inline auto* userListener(const T& object) {
  auto& ours = lifetimeListener();
  auto* current = object.getListener();
  if (current != &ours) return current;
  const auto& users = [&]() -> const auto& { if constexpr (std::is_base_of_v<Ogre::Node, T>) return ours.nodeUsers; else return ours.movableUsers; }();
  auto it = users.find(&object);
  return it == users.end() ? static_cast<decltype(current)>(nullptr) : it->second;
}

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
