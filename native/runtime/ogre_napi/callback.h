// ogre-napi runtime: what raw Node-API callbacks need (generated functions skip node-addon-api's
// per-call CallbackInfo; functions whose arguments all travel in registers read no arguments at all).
#pragma once

#include <napi.h>

#include "ogre_napi/status.h"

#include <initializer_list>
#include <vector>

#include <cstddef>

namespace rt {

/// The first N arguments of a call as Napi::Values (missing ones are undefined).
template <size_t N>
struct Args {
  Args(napi_env env, napi_callback_info info) : env(env) {
    size_t argc = N;
    rt::ok(env, napi_get_cb_info(env, info, &argc, v, nullptr, nullptr));
  }
  Napi::Value operator[](size_t i) const { return Napi::Value(env, v[i]); }
  size_t Length() const { return N; }
  napi_env env;
  napi_value v[N];
};

/// One translation unit's native functions, indexed by their local ids.
struct UnitTable {
  const napi_callback* fns;
  size_t count;
};

/// Adds `$call`, the one JS function behind every binding: it calls the native whose id
/// (`(unit << 16) | local`) JS stored in register kCallSlot, with the call's own arguments. One
/// function instead of one per native keeps module start-up short (each JS function costs).
void defineDispatcher(Napi::Env env, Napi::Object exports, const UnitTable* units, size_t unitCount);

/// Adds a raw callback to `exports` under `name`.
inline void defineFunction(Napi::Env env, Napi::Object exports, const char* name, napi_callback fn) {
  napi_value f;
  rt::ok(env, napi_create_function(env, name, NAPI_AUTO_LENGTH, fn, nullptr, &f));
  exports.Set(name, Napi::Value(env, f));
}

}  // namespace rt
