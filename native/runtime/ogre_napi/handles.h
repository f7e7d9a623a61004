// ogre-napi runtime: opaque pointers as bigint handles, and readable C++ type names.
#pragma once

#include <napi.h>

#include <string>
#include <typeinfo>

namespace rt {

/// `T` itself: lets generated code declare `rt::Type<void (*)(int)> name` (function pointer types).
template <class T>
using Type = T;

/// A handle argument: a bigint or a non-negative safe integer (an address or an engine handle), null → nullptr.
void* handleIn(const Napi::Value& v, const char* where);

/// A pointer as a bigint handle, nullptr → null.
Napi::Value handleOut(Napi::Env env, const void* p);

/// The demangled name of a C++ type (`Ogre::Vector<3, float>`).
std::string typeName(const std::type_info& type);

}  // namespace rt

namespace rt {

/// A function pointer as a bigint handle, remembered so that functionHandleIn takes it back.
Napi::Value functionHandleOut(Napi::Env env, void (*fn)());

/// A function-pointer argument: null, or a handle functionHandleOut gave out (TypeError otherwise).
void (*functionHandleIn(const Napi::Value& v, const char* where))();

/// A JS function C++ calls back during one call (the user-data pointer of getter callbacks points
/// at it). A JS exception stops further calls and stays pending for the binding to return.
struct JsCallback {
  explicit JsCallback(const Napi::Value& fn) : env(fn.Env()), fn(fn) {}
  /// fn(index), or an empty value when it threw (now or before).
  Napi::Value call(int index);
  Napi::Env env;
  Napi::Value fn;
  std::string text;  // the last string returned, kept while C++ reads it
  bool failed = false;
};

/// `bool (*)(void* data, int idx, const char** out_text)`: the JS function's string (false for null/undefined).
bool textGetter(void* data, int index, const char** text);

/// `float (*)(void* data, int idx)`: the JS function's number.
float numberGetter(void* data, int index);

}  // namespace rt
