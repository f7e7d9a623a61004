// ogre-napi runtime: zero-copy access to ArrayBuffer / ArrayBufferView memory, and views over C++ memory.
#pragma once

#include <napi.h>

#include "ogre_napi/status.h"

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

/// `$memory()`: an ArrayBuffer over the C++ object at register 0, register 1 bytes long, no copy.
/// The runtime reads fields an object's getters return by reference through it (lib/memoryViews.js),
/// and only while the object is alive.
napi_value memoryView(napi_env env, napi_callback_info info);

/// Length of a JS array (the JS side has checked it is one).
inline uint32_t arrayLength(const Napi::Value& v) {
  uint32_t n = 0;
  rt::ok(v.Env(), napi_get_array_length(v.Env(), v, &n));
  return n;
}

/// Copies the first `count` numbers of a JS array into `out` (the JS side has checked the elements).
template <class T>
inline void copyNumbers(const Napi::Value& v, T* out, uint32_t count) {
  napi_env env = v.Env();
  for (uint32_t i = 0; i < count; ++i) {
    napi_value e;
    double d = 0;
    rt::ok(env, napi_get_element(env, v, i, &e));
    rt::ok(env, napi_get_value_double(env, e, &d));
    out[i] = static_cast<T>(d);
  }
}

/// A math-value argument that is either a wrapped object (its address) or an array of up to
/// `maxLength` numbers copied into `temp` (the JS side has checked which it is).
template <class T, class Temp>
inline const T* sequenceArg(const Napi::Value& v, Temp& temp, size_t maxLength) {
  if (v.IsNumber()) return ptr<T>(v);
  const uint32_t n = arrayLength(v);
  copyNumbers(v, temp.ptr(), n < maxLength ? n : static_cast<uint32_t>(maxLength));
  return &temp;
}

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
  copy.resize(arrayLength(v));
  copyNumbers(v, copy.data(), static_cast<uint32_t>(copy.size()));
  return {copy.data(), copy.size()};
}

}  // namespace rt
