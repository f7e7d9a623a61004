// ogre-napi runtime: the engine telling JS which C++ objects it destroyed. Listeners (or generated
// code) record addresses while a native call runs; the dispatcher hands them to JS when the call
// returns, and JS kills the wrappers of those objects, so using one later is an Error, not a read of
// freed memory.
#pragma once

#include <napi.h>

#include <memory>
#include <stdexcept>
#include <type_traits>

namespace rt {

/// Records that the object at `address` was destroyed, and why (a static string); nullptr means
/// every engine-owned object (the engine itself went away).
void destroyed(const void* address, const char* cause);

/// Hands the recorded addresses to JS (the dispatcher calls it after a call that recorded some).
void reportDestroyed(napi_env env);

/// Adds `$setDestroyedHandler` (JS gives the function that kills wrappers) to a module's exports.
void defineDestroyedHandler(napi_env env, napi_value exports);

/// Whether anything is waiting for reportDestroyed (one load: the dispatcher asks after every call).
bool destroyedPending();

/// Customisation points, found by argument-dependent lookup on the class's namespace: an engine
/// spec overloads them for classes whose destruction it can observe (watchLifetime: a wrapper is
/// being made, install a listener) or whose deletion destroys others (aboutToDelete).
inline void watchLifetime(const void*) {}
inline void aboutToDelete(const void*) {}

/// `p`, after giving the engine spec a chance to watch it (constructors created it from JS).
template <class T>
inline T* watched(T* p) {
  watchLifetime(p);
  return p;
}

/// An object C++ may share that no shared_ptr owns: a JS subclass's trampoline (director.h). `share()`
/// gives ownership whose last owner releases what keeps the object alive instead of deleting it;
/// the same object shared twice gives the same control block.
class Shareable {
 public:
  virtual ~Shareable() = default;
  virtual std::shared_ptr<void> share() = 0;
  /// Whether some C++ owner still holds what share() gave.
  virtual bool sharedByCpp() const = 0;
};

/// Deletes an object JS owns (its finalizer or dispose()), telling the spec first. An object C++
/// still shares is refused (dispose() of a director handed to a Controller): C++ would use it freed.
template <class T>
inline void deleteOwned(T* p) {
  if constexpr (std::is_polymorphic_v<T>) {
    if (auto* s = dynamic_cast<const Shareable*>(p); s != nullptr && s->sharedByCpp()) {
      throw std::logic_error("C++ still holds this object through a shared pointer; it is deleted once C++ lets it go and JS no longer refers to it");
    }
  }
  aboutToDelete(p);
  delete p;
}

}  // namespace rt
