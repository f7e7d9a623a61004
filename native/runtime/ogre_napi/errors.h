// ogre-napi runtime: C++ exceptions → JS errors, including the JS error classes the JS side registers.
#pragma once

#include <napi.h>

#include <cstdint>
#include <exception>
#include <string>
#include <type_traits>

namespace rt {

/// Fields of a native engine exception, for the registered JS error class.
struct ErrorInfo {
  std::string message;
  double number = 0;
  std::string description;
  std::string source;
  std::string file;
  double line = 0;
  std::string typeName;
};

/// Registers the JS class used for engine exceptions (called once by the JS runtime).
Napi::Value setErrorClass(const Napi::CallbackInfo& info);

/// Throws the registered engine error class with `e`'s fields (a plain Error if none is registered).
[[noreturn]] void throwEngineError(Napi::Env env, const ErrorInfo& e);

/// Throws a JS Error for a std::exception escaping `where`.
[[noreturn]] inline void throwStd(Napi::Env env, const std::exception& e, const char* where) {
  throw Napi::Error::New(env, std::string(where) + ": " + e.what());
}

}  // namespace rt

namespace rt {

template <class T>
constexpr bool isNegative(T v) {
  if constexpr (std::is_enum_v<T>) return isNegative(static_cast<std::underlying_type_t<T>>(v));
  else if constexpr (std::is_signed_v<T>) return v < 0;
  else return false;
}

/// A byte count computed in 64 bits, remembering overflow: `rt::Size(1) * width * height * bpp`
/// multiplies left to right without the 32-bit wrap-around of the parameters' own type.
struct Size {
  uint64_t value = 0;
  bool overflow = false;
  explicit Size(uint64_t v) : value(v) {}
  Size(uint64_t v, bool o) : value(v), overflow(o) {}
  template <class T, class = std::enable_if_t<std::is_integral_v<T> || std::is_enum_v<T>>>
  friend Size operator*(Size a, T b) {
    uint64_t r = 0;
    const bool negative = isNegative(b);
    const bool o = a.overflow || negative || __builtin_mul_overflow(a.value, static_cast<uint64_t>(b), &r);
    return {r, o};
  }
  template <class T, class = std::enable_if_t<std::is_integral_v<T> || std::is_enum_v<T>>>
  friend Size operator+(Size a, T b) {
    uint64_t r = 0;
    const bool negative = isNegative(b);
    const bool o = a.overflow || negative || __builtin_add_overflow(a.value, static_cast<uint64_t>(b), &r);
    return {r, o};
  }
};

/// RangeError when a size computed from the arguments overflows 64 bits or exceeds the buffer.
inline void checkSize(Napi::Env env, size_t have, Size need, const char* where, const char* param) {
  if (need.overflow) {
    throw Napi::RangeError::New(env, std::string(where) + ": the size of " + param + " implied by the other arguments overflows 64 bits");
  }
  if (have < need.value) {
    throw Napi::RangeError::New(env, std::string(where) + ": " + param + " needs at least " +
                                         std::to_string(need.value) + " bytes, got " + std::to_string(have));
  }
}

/// RangeError when a buffer argument is shorter than the call needs.
inline void checkSize(Napi::Env env, size_t have, size_t need, const char* where, const char* param) {
  if (have < need) {
    throw Napi::RangeError::New(env, std::string(where) + ": " + param + " needs at least " +
                                         std::to_string(need) + " bytes, got " + std::to_string(have));
  }
}

}  // namespace rt
