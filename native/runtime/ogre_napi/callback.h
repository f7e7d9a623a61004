// ogre-napi runtime: what raw Node-API callbacks need (generated functions skip node-addon-api's
// per-call CallbackInfo; functions whose arguments all travel in registers read no arguments at all).
#pragma once

#include <napi.h>

#include <initializer_list>
#include <vector>

#include <cstddef>

namespace rt {

/// The first N arguments of a call as Napi::Values (missing ones are undefined).
template <size_t N>
struct Args {
  Args(napi_env env, napi_callback_info info) : env(env) {
    size_t argc = N;
    napi_get_cb_info(env, info, &argc, v, nullptr, nullptr);
  }
  Napi::Value operator[](size_t i) const { return Napi::Value(env, v[i]); }
  size_t Length() const { return N; }
  napi_env env;
  napi_value v[N];
};

/// One native function of a translation unit.
struct NamedCallback {
  const char* name;
  napi_callback fn;
};

/// Adds a unit's callbacks to `exports` in one napi_define_properties call (cheaper at load than one
/// napi_create_function and property set each).
inline void defineFunctions(Napi::Env env, Napi::Object exports, std::initializer_list<NamedCallback> fns) {
  std::vector<napi_property_descriptor> props;
  props.reserve(fns.size());
  for (const NamedCallback& f : fns) props.push_back({f.name, nullptr, f.fn, nullptr, nullptr, nullptr, napi_default, nullptr});
  if (!props.empty()) napi_define_properties(env, exports, props.size(), props.data());
}

/// Adds a raw callback to `exports` under `name`.
inline void defineFunction(Napi::Env env, Napi::Object exports, const char* name, napi_callback fn) {
  napi_value f;
  napi_create_function(env, name, NAPI_AUTO_LENGTH, fn, nullptr, &f);
  exports.Set(name, Napi::Value(env, f));
}

}  // namespace rt
