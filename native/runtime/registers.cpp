// ogre-napi runtime: the registers' ArrayBuffer (see ogre_napi/registers.h).
#include "ogre_napi/registers.h"

namespace rt {

Napi::Value registersBuffer(Napi::Env env) {
  napi_value ab = nullptr;
  NAPI_THROW_IF_FAILED(env, napi_create_external_arraybuffer(env, registers(), kRegisters * sizeof(double), nullptr, nullptr, &ab), Napi::Value());
  return Napi::Value(env, ab);
}

}  // namespace rt
