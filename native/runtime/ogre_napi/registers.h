// ogre-napi runtime: the shared Float64 registers. Generated JS writes numeric arguments and object
// addresses into a Float64Array over this memory and reads numeric results back, so a call passes
// them without one napi conversion each. Per thread: every worker has its own.
#pragma once

#include <napi.h>

#include <cstdint>
#include <stdexcept>
#include <utility>

namespace rt {

constexpr size_t kRegisters = 64;
/// The register holding the id of the native `$call` runs (the others carry arguments and results).
constexpr size_t kCallSlot = kRegisters - 1;

/// This thread's registers. initial-exec: a plain %fs-relative load instead of a __tls_get_addr
/// call on every access (512 bytes fit the static TLS surplus glibc keeps for dlopen'ed modules).
inline double* registers() {
  thread_local double r[kRegisters] __attribute__((tls_model("initial-exec")));
  return r;
}

/// An ArrayBuffer over this thread's registers (module init hands it to JS once).
Napi::Value registersBuffer(Napi::Env env);

/// The object at an address held in a register; Error for 0 (destroyed or null).
template <class T>
inline T* regPtr(double a) {
  if (a == 0) throw std::invalid_argument("the object was destroyed or is null");
  return reinterpret_cast<T*>(static_cast<uintptr_t>(a));
}

template <class T>
inline T* regPtrOrNull(double a) {
  return a == 0 ? nullptr : reinterpret_cast<T*>(static_cast<uintptr_t>(a));
}

/// An address as a register value (0 for null).
inline double addressOf(const void* p) { return static_cast<double>(reinterpret_cast<uintptr_t>(p)); }

/// Moves a result to the heap for an owning JS wrapper; returns its address.
template <class T>
inline double ownedAddress(T&& value) {
  return addressOf(new std::decay_t<T>(std::forward<T>(value)));
}

/// A value-class argument in registers: r[0] > 0 is an object's address; r[0] = -n means n numbers
/// follow in r[1 …], copied into `temp`.
template <class T, class Temp>
inline const T* regSequence(const double* r, Temp& temp) {
  if (r[0] > 0) return reinterpret_cast<const T*>(static_cast<uintptr_t>(r[0]));
  auto* out = temp.ptr();
  const int n = static_cast<int>(-r[0]);
  for (int i = 0; i < n; ++i) out[i] = static_cast<std::remove_pointer_t<decltype(out)>>(r[1 + i]);
  return &temp;
}

}  // namespace rt
