// ogre-napi runtime: buffer access (see ogre_napi/buffers.h).
#include "ogre_napi/buffers.h"

#include <string>

namespace rt {

Bytes bytes(const Napi::Value& v, const char* where) {
  napi_env env = v.Env();
  Bytes b;
  bool is = false;
  if (napi_is_arraybuffer(env, v, &is) == napi_ok && is) {
    bool detached = false;
    napi_is_detached_arraybuffer(env, v, &detached);
    if (detached) throw Napi::TypeError::New(env, std::string(where) + ": the ArrayBuffer is detached");
    napi_get_arraybuffer_info(env, v, &b.data, &b.length);
    return b;
  }
  napi_value arraybuffer = nullptr;
  size_t offset = 0;
  if (napi_is_typedarray(env, v, &is) == napi_ok && is) {
    napi_typedarray_type type;
    size_t count = 0;
    napi_get_typedarray_info(env, v, &type, &count, &b.data, &arraybuffer, &offset);
    static const size_t sizes[] = {1, 1, 1, 2, 2, 4, 4, 4, 8, 8, 8};
    b.length = count * (type < 11 ? sizes[type] : 1);
  } else if (napi_is_dataview(env, v, &is) == napi_ok && is) {
    napi_get_dataview_info(env, v, &b.length, &b.data, &arraybuffer, &offset);
  } else {
    throw Napi::TypeError::New(env, std::string(where) + ": expected an ArrayBuffer or a typed array");
  }
  bool detached = false;
  if (arraybuffer) napi_is_detached_arraybuffer(env, arraybuffer, &detached);
  if (detached) throw Napi::TypeError::New(env, std::string(where) + ": the ArrayBuffer is detached");
  return b;
}

Napi::Value byteView(Napi::Env env, void* data, size_t length) {
  if (data == nullptr) return env.Null();
  napi_value ab, view;
  napi_create_external_arraybuffer(env, data, length, nullptr, nullptr, &ab);
  napi_create_typedarray(env, napi_uint8_array, length, ab, 0, &view);
  return Napi::Value(env, view);
}

}  // namespace rt
