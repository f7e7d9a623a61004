// ogre-napi runtime: std containers copied to and from JS arrays and plain objects.
#pragma once

#include <napi.h>

#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "ogre_napi/convert.h"

namespace rt {

/// Calls `add(item)` for each element of a JS array (the JS side has checked it).
template <class Add>
inline void arrayIn(const Napi::Value& v, Add&& add) {
  Napi::Array a = v.As<Napi::Array>();
  for (uint32_t i = 0, n = a.Length(); i < n; ++i) add(a.Get(i));
}

/// A JS array of `convert(element)`.
template <class Container, class Convert>
inline Napi::Value arrayOut(Napi::Env env, const Container& c, Convert&& convert) {
  Napi::Array out = Napi::Array::New(env, std::size(c));  // containers and C arrays
  uint32_t i = 0;
  for (const auto& e : c) out.Set(i++, convert(e));
  return out;
}

/// Calls `add(key, value)` for each own enumerable property of a plain object.
template <class Add>
inline void objectIn(const Napi::Value& v, Add&& add) {
  Napi::Object o = v.As<Napi::Object>();
  Napi::Array keys = o.GetPropertyNames();
  for (uint32_t i = 0, n = keys.Length(); i < n; ++i) {
    Napi::Value key = keys.Get(i);
    add(key.ToString().Utf8Value(), o.Get(key));
  }
}

/// A plain object `{ key: convert(value) }` from a string-keyed map.
template <class Map, class Convert>
inline Napi::Value objectOut(Napi::Env env, const Map& m, Convert&& convert) {
  Napi::Object out = Napi::Object::New(env);
  for (const auto& kv : m) out.Set(kv.first, convert(kv.second));
  return out;
}

/// Appends to a sequence (push_back) or inserts into a set.
template <class C, class V>
inline auto addTo(C& c, V&& v, int) -> decltype(c.push_back(std::forward<V>(v)), void()) {
  c.push_back(std::forward<V>(v));
}
template <class C, class V>
inline void addTo(C& c, V&& v, long) {
  c.insert(std::forward<V>(v));
}
template <class C, class V>
inline void addTo(C& c, V&& v) {
  addTo(c, std::forward<V>(v), 0);
}

/// `[[key, value], …]` from any map (multimaps keep every entry); JS makes a Map of it where keys are unique.
template <class Map, class ConvertKey, class ConvertValue>
inline Napi::Value entriesOut(Napi::Env env, const Map& m, ConvertKey&& key, ConvertValue&& value) {
  Napi::Array out = Napi::Array::New(env, m.size());
  uint32_t i = 0;
  for (const auto& kv : m) {
    Napi::Array pair = Napi::Array::New(env, 2);
    pair.Set(0u, key(kv.first));
    pair.Set(1u, value(kv.second));
    out.Set(i++, pair);
  }
  return out;
}

/// An empty array or object stand-in for a null container pointer (nothing is read from it).
inline napi_value emptyArray(Napi::Env env) { return Napi::Array::New(env, 0); }

/// Element `i` of a JS array.
inline Napi::Value element(const Napi::Value& v, uint32_t i) { return v.As<Napi::Array>().Get(i); }

/// A JS array of strings as C strings (`char** argv`, `const char* const items[]`), owning the text.
struct CStrings {
  explicit CStrings(const Napi::Value& v) {
    arrayIn(v, [&](const Napi::Value& item) { text.push_back(str(item)); });
    for (auto& s : text) ptrs.push_back(s.data());
  }
  std::vector<std::string> text;
  std::vector<char*> ptrs;
};

}  // namespace rt
