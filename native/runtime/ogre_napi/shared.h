// ogre-napi runtime: shared_ptr results and arguments. A JS wrapper of a shared object holds a heap
// std::shared_ptr<void> (its "holder") that aliases the wrapper's address and shares ownership.
#pragma once

#include <napi.h>

#include <memory>
#include <stdexcept>
#include <type_traits>
#include <typeinfo>

#include "ogre_napi/objects.h"

namespace rt {

/// r[0] = the object's address (most-derived when bound), r[1] = its class index or -1,
/// r[2] = a new holder's address; all 0/-1 for an empty pointer.
template <class SP>
inline void sharedResult(const SP& sp, double* r) {
  using T = typename SP::element_type;
  if (!sp) {
    r[0] = 0;
    r[1] = -1;
    r[2] = 0;
    return;
  }
  const void* at = sp.get();
  int index = -1;
  if constexpr (std::is_polymorphic_v<T>) {
    index = typeIndexOf(typeid(*sp));
    if (index >= 0) at = dynamic_cast<const void*>(sp.get());
  }
  auto* holder = new std::shared_ptr<void>(sp, const_cast<void*>(at));
  r[0] = static_cast<double>(reinterpret_cast<uintptr_t>(at));
  r[1] = index;
  r[2] = static_cast<double>(reinterpret_cast<uintptr_t>(holder));
}

/// The smart pointer for an argument: `address` (as T, computed by JS) sharing `holder`'s ownership.
template <class T, class Smart>
inline Smart sharedArg(double address, double holder) {
  if (holder == 0) {
    if (address == 0) return Smart();
    T* object = reinterpret_cast<T*>(static_cast<uintptr_t>(address));
    if constexpr (std::is_polymorphic_v<T>) {
      if (auto* s = dynamic_cast<Shareable*>(object)) return Smart(std::shared_ptr<T>(s->share(), object));
    }
    throw std::invalid_argument("the object is not held by a shared pointer");
  }
  const auto& owner = *reinterpret_cast<std::shared_ptr<void>*>(static_cast<uintptr_t>(holder));
  return Smart(std::shared_ptr<T>(owner, reinterpret_cast<T*>(static_cast<uintptr_t>(address))));
}

/// Napi path (containers): [address, holder] in, [address, index, holder] out.
template <class T, class Smart>
inline Smart sharedFromArray(const Napi::Value& v) {
  if (v.IsNull()) return Smart();
  Napi::Array a = v.As<Napi::Array>();
  return sharedArg<T, Smart>(a.Get(0u).As<Napi::Number>().DoubleValue(), a.Get(1u).As<Napi::Number>().DoubleValue());
}

template <class SP>
inline Napi::Value sharedToArray(Napi::Env env, const SP& sp) {
  double r[3];
  sharedResult(sp, r);
  Napi::Array out = Napi::Array::New(env, 3);
  for (uint32_t i = 0; i < 3; ++i) out.Set(i, r[i]);
  return out;
}

/// Deletes a holder (the JS finalizer's call).
inline napi_value releaseShared(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value arg;
  double h = 0;
  // A raw callback without a catch: a failure leaves the holder alone instead of throwing.
  if (napi_get_cb_info(env, info, &argc, &arg, nullptr, nullptr) != napi_ok || argc < 1 ||
      napi_get_value_double(env, arg, &h) != napi_ok) return nullptr;
  delete reinterpret_cast<std::shared_ptr<void>*>(static_cast<uintptr_t>(h));
  return nullptr;
}

}  // namespace rt
