// ogre-napi runtime: the registers' ArrayBuffer (see ogre_napi/registers.h).
#include "ogre_napi/registers.h"

namespace rt {

Napi::Value registersBuffer(Napi::Env env) {
  napi_value ab;
  napi_create_external_arraybuffer(env, registers(), kRegisters * sizeof(double), nullptr, nullptr, &ab);
  return Napi::Value(env, ab);
}

}  // namespace rt
