// ogre-napi runtime: C++ objects cross to JS as their address, a number (exact: user-space
// addresses stay below 2^53), held in a private field of the JS wrapper. 0 means destroyed.
#pragma once

#include <napi.h>

#include <cstdint>
#include <typeinfo>
#include <utility>

namespace rt {

/// The C++ object at the address a JS wrapper passed (the wrapper guarantees its class).
template <class T>
inline T* ptr(const Napi::Value& v) {
  double d = 0;
  napi_get_value_double(v.Env(), v, &d);
  if (d == 0) throw Napi::Error::New(v.Env(), "the object was destroyed or is null");
  return reinterpret_cast<T*>(static_cast<uintptr_t>(d));
}

/// A nullable pointer argument: null/undefined → nullptr.
template <class T>
inline T* ptrOrNull(const Napi::Value& v) {
  return v.IsNull() || v.IsUndefined() ? nullptr : ptr<T>(v);
}

/// The address of `p` as a JS number, or null.
inline Napi::Value address(Napi::Env env, const void* p) {
  if (p == nullptr) return env.Null();
  uintptr_t a = reinterpret_cast<uintptr_t>(p);
  if (a >= (uintptr_t(1) << 53)) throw Napi::Error::New(env, "native address does not fit a JS number");
  napi_value r;
  napi_create_double(env, static_cast<double>(a), &r);
  return Napi::Value(env, r);
}

/// Moves a C++ value to the heap for an owning JS wrapper; returns its address.
template <class T>
inline Napi::Value owned(Napi::Env env, T&& value) {
  return address(env, new std::decay_t<T>(std::forward<T>(value)));
}

/// Deletes an owned object (the JS finalizer's call).
template <class T>
inline Napi::Value destroy(const Napi::CallbackInfo& info) {
  double d = 0;
  napi_get_value_double(info.Env(), info[0], &d);
  delete reinterpret_cast<T*>(static_cast<uintptr_t>(d));
  return info.Env().Undefined();
}

/// Index of the bound class whose C++ type is `t`, or -1 (defined by each addon's generated module.cpp).
int typeIndexOf(const std::type_info& t);

/// A polymorphic result: r[0] = the most-derived object's address and r[1] = its bound class's
/// index when that class is bound, else the static address and -1.
template <class T>
inline void dynamicAddress(const T* p, double* r) {
  if (p == nullptr) {
    r[0] = 0;
    r[1] = -1;
    return;
  }
  const int index = typeIndexOf(typeid(*p));
  const void* at = index >= 0 ? dynamic_cast<const void*>(p) : static_cast<const void*>(p);
  r[0] = static_cast<double>(reinterpret_cast<uintptr_t>(at));
  r[1] = index;
}

/// A polymorphic object where a napi value is needed (container elements, out-parameter objects,
/// fields): [most-derived address, bound class index] as dynamicAddress gives them, or null.
template <class T>
inline Napi::Value dynamicValue(Napi::Env env, const T* p) {
  if (p == nullptr) return env.Null();
  double r[2];
  dynamicAddress(p, r);
  Napi::Array pair = Napi::Array::New(env, 2);
  pair.Set(0u, Napi::Number::New(env, r[0]));
  pair.Set(1u, Napi::Number::New(env, r[1]));
  return pair;
}

}  // namespace rt
