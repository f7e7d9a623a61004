// ogre-napi runtime: the engine telling JS which C++ objects it destroyed. Listeners (or generated
// code) record addresses while a native call runs; the dispatcher hands them to JS when the call
// returns, and JS kills the wrappers of those objects, so using one later is an Error, not a read of
// freed memory.
#pragma once

#include <napi.h>

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

/// Deletes an object JS owns (its finalizer or dispose()), telling the spec first.
template <class T>
inline void deleteOwned(T* p) {
  aboutToDelete(p);
  delete p;
}

}  // namespace rt
