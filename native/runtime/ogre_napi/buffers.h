// ogre-napi runtime: zero-copy access to ArrayBuffer / ArrayBufferView memory, and views over C++ memory.
#pragma once

#include <napi.h>

#include <cstddef>
#include <type_traits>
#include <vector>

#include "ogre_napi/objects.h"

namespace rt {

/// Memory of a JS buffer argument.
struct Bytes {
  void* data = nullptr;
  size_t length = 0;
};

/// The bytes of an ArrayBuffer or any ArrayBufferView (typed array, DataView, Buffer), honouring
/// byteOffset; TypeError for anything else or a detached buffer. `where` names method and parameter.
Bytes bytes(const Napi::Value& v, const char* where);

/// A Uint8Array over C++ memory, no copy. The JS side attaches the owner to keep the memory alive.
Napi::Value byteView(Napi::Env env, void* data, size_t length);

/// Reads N numbers from a JS array (the JS side has checked length and element types).
template <size_t N, class T>
inline void numbers(const Napi::Value& v, T* out) {
  napi_env env = v.Env();
  for (uint32_t i = 0; i < N; ++i) {
    napi_value e;
    double d = 0;
    napi_get_element(env, v, i, &e);
    napi_get_value_double(env, e, &d);
    out[i] = static_cast<T>(d);
  }
}

}  // namespace rt

namespace rt {

/// A math-value argument that is either a wrapped object (its address) or an array of up to
/// `maxLength` numbers copied into `temp` (the JS side has checked which it is).
template <class T, class Temp>
inline const T* sequenceArg(const Napi::Value& v, Temp& temp, size_t maxLength) {
  if (v.IsNumber()) return ptr<T>(v);
  napi_env env = v.Env();
  uint32_t n = 0;
  napi_get_array_length(env, v, &n);
  auto* out = temp.ptr();
  for (uint32_t i = 0; i < n && i < maxLength; ++i) {
    napi_value e;
    double d = 0;
    napi_get_element(env, v, i, &e);
    napi_get_value_double(env, e, &d);
    out[i] = static_cast<std::remove_pointer_t<decltype(out)>>(d);
  }
  return &temp;
}

}  // namespace rt

namespace rt {

/// Elements of a number-array argument: a matching typed array's memory (no copy) or a JS array
/// copied into `copy`.
template <class T>
struct NumberArray {
  const T* data;
  size_t length;
};

template <class T>
inline NumberArray<T> numberArray(const Napi::Value& v, std::vector<T>& copy, const char* where) {
  if (v.IsTypedArray()) {
    Bytes b = bytes(v, where);
    return {static_cast<const T*>(b.data), b.length / sizeof(T)};
  }
  napi_env env = v.Env();
  uint32_t n = 0;
  napi_get_array_length(env, v, &n);
  copy.resize(n);
  for (uint32_t i = 0; i < n; ++i) {
    napi_value e;
    double d = 0;
    napi_get_element(env, v, i, &e);
    napi_get_value_double(env, e, &d);
    copy[i] = static_cast<T>(d);
  }
  return {copy.data(), copy.size()};
}

}  // namespace rt
