// ogre-napi runtime: scalar and string conversions between napi values and C++.
#pragma once

#include <napi.h>

#include "ogre_napi/status.h"

#include <cstdint>
#include <string>

namespace rt {

/// An enum's value (a Number object, lib/enums.js) as its number: the slow path of num().
inline napi_value coerced(const Napi::Value& v) {
  napi_value n;
  rt::ok(v.Env(), napi_coerce_to_number(v.Env(), v, &n));
  return n;
}

/// A JS number, or an enum's value, as T (the JS side has checked type and range).
template <class T>
inline T num(const Napi::Value& v) {
  double d;
  napi_status s = napi_get_value_double(v.Env(), v, &d);
  if (s == napi_number_expected) s = napi_get_value_double(v.Env(), coerced(v), &d);
  rt::ok(v.Env(), s);
  return static_cast<T>(d);
}

/// 64-bit integers keep their precision up to 2^53 (the JS side rejects larger values).
template <>
inline int64_t num<int64_t>(const Napi::Value& v) {
  int64_t r;
  napi_status s = napi_get_value_int64(v.Env(), v, &r);
  if (s == napi_number_expected) s = napi_get_value_int64(v.Env(), coerced(v), &r);
  rt::ok(v.Env(), s);
  return r;
}

inline bool boolean(const Napi::Value& v) {
  bool b = false;
  rt::ok(v.Env(), napi_get_value_bool(v.Env(), v, &b));
  return b;
}

/// UTF-8 string (the JS side has checked it is a string).
inline std::string str(const Napi::Value& v) {
  size_t len = 0;
  rt::ok(v.Env(), napi_get_value_string_utf8(v.Env(), v, nullptr, 0, &len));
  std::string s(len, '\0');
  rt::ok(v.Env(), napi_get_value_string_utf8(v.Env(), v, s.data(), len + 1, &len));
  return s;
}

inline Napi::Value js(Napi::Env env, double d) {
  napi_value r;
  rt::ok(env, napi_create_double(env, d, &r));
  return Napi::Value(env, r);
}
inline Napi::Value js(Napi::Env env, float d) { return js(env, static_cast<double>(d)); }
inline Napi::Value js(Napi::Env env, int32_t i) {
  napi_value r;
  rt::ok(env, napi_create_int32(env, i, &r));
  return Napi::Value(env, r);
}
inline Napi::Value js(Napi::Env env, uint32_t i) {
  napi_value r;
  rt::ok(env, napi_create_uint32(env, i, &r));
  return Napi::Value(env, r);
}
inline Napi::Value js(Napi::Env env, int64_t i) { return js(env, static_cast<double>(i)); }
inline Napi::Value js(Napi::Env env, uint64_t i) { return js(env, static_cast<double>(i)); }
inline Napi::Value js(Napi::Env env, long long i) { return js(env, static_cast<double>(i)); }
inline Napi::Value js(Napi::Env env, unsigned long long i) { return js(env, static_cast<double>(i)); }
inline Napi::Value js(Napi::Env env, int16_t i) { return js(env, static_cast<int32_t>(i)); }
inline Napi::Value js(Napi::Env env, uint16_t i) { return js(env, static_cast<uint32_t>(i)); }
inline Napi::Value js(Napi::Env env, int8_t i) { return js(env, static_cast<int32_t>(i)); }
inline Napi::Value js(Napi::Env env, uint8_t i) { return js(env, static_cast<uint32_t>(i)); }
inline Napi::Value js(Napi::Env env, char i) { return js(env, static_cast<int32_t>(i)); }
inline Napi::Value js(Napi::Env env, bool b) {
  napi_value r;
  rt::ok(env, napi_get_boolean(env, b, &r));
  return Napi::Value(env, r);
}
inline Napi::Value js(Napi::Env env, const std::string& s) { return Napi::String::New(env, s); }
inline Napi::Value js(Napi::Env env, const char* s) {
  return s ? Napi::String::New(env, s) : env.Null();
}

}  // namespace rt
