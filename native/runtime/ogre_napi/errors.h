// ogre-napi runtime: C++ exceptions → JS errors, including the JS error classes the JS side registers.
#pragma once

#include <napi.h>

#include <exception>
#include <string>

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

/// RangeError when a buffer argument is shorter than the call needs.
inline void checkSize(Napi::Env env, size_t have, size_t need, const char* where, const char* param) {
  if (have < need) {
    throw Napi::RangeError::New(env, std::string(where) + ": " + param + " needs at least " +
                                         std::to_string(need) + " bytes, got " + std::to_string(have));
  }
}

}  // namespace rt
