// ogre-napi runtime, OGRE part: which engine objects JS hears are destroyed, and who owns a resource. Movable objects and
// nodes report their own destruction to one listener each (installed when a wrapper is made, if the
// object has none), scene managers to any number; deleting Root ends every engine object.
#pragma once

#include <OgreMovableObject.h>
#include <OgreNode.h>
#include <OgreResourceManager.h>
#include <OgreRoot.h>
#include <OgreSceneManager.h>

#include <memory>
#include <unordered_set>

#include "ogre_napi/lifetimes.h"

namespace rt::ogre {

/// Hears movable objects, nodes and scene managers die (one for the process; JS thread only).
class LifetimeListener final : public Ogre::MovableObject::Listener, public Ogre::Node::Listener, public Ogre::SceneManager::Listener {
 public:
  void objectDestroyed(Ogre::MovableObject* m) override {
    rt::destroyed(dynamic_cast<const void*>(m), "the engine destroyed this MovableObject");
  }
  void nodeDestroyed(const Ogre::Node* n) override {
    rt::destroyed(dynamic_cast<const void*>(n), "the engine destroyed this Node (with its parent, or its scene)");
  }
  void sceneManagerDestroyed(Ogre::SceneManager* sm) override {
    watchedSceneManagers.erase(sm);
    rt::destroyed(dynamic_cast<const void*>(sm), "the engine destroyed this SceneManager");
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
