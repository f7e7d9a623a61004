// ogre-napi runtime: every Node-API status checked. A failed call throws the pending JS error (or
// one describing the failure) as a C++ exception, which the generated catch turns back into JS.
#pragma once

#include <napi.h>

namespace rt {

/// Throws unless `status` is napi_ok.
inline void ok(napi_env env, napi_status status) {
  if (status != napi_ok) throw Napi::Error::New(env);
}

}  // namespace rt
