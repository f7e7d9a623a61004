// ogre-napi runtime: buffer access (see ogre_napi/buffers.h).
#include "ogre_napi/buffers.h"
#include "ogre_napi/registers.h"

#include <string>

namespace rt {

namespace {

/// Throws the pending JS error (or a TypeError naming `where`) when a Node-API call failed.
void check(napi_env env, napi_status status, const char* where, const char* what) {
  if (status == napi_ok) return;
  bool pending = false;
  if (napi_is_exception_pending(env, &pending) == napi_ok && pending) throw Napi::Error::New(env);
  throw Napi::TypeError::New(env, std::string(where) + ": " + what);
}

/// What an empty buffer points at: V8 gives no memory (null) for one, which C++ code reads as "no
/// buffer" or steps back from (`p + size - 1`). Zero bytes of it are ever in range.
alignas(16) unsigned char emptyBytes[16];

/// `b`, pointing at `emptyBytes` when empty.
Bytes nonNull(Bytes b) {
  if (b.data == nullptr) b.data = emptyBytes;
  return b;
}

}  // namespace

Bytes bytes(const Napi::Value& v, const char* where) {
  napi_env env = v.Env();
  Bytes b;
  bool is = false;
  check(env, napi_is_arraybuffer(env, v, &is), where, "cannot read the buffer");
  if (is) {
    bool detached = false;
    check(env, napi_is_detached_arraybuffer(env, v, &detached), where, "cannot read the buffer");
    if (detached) throw Napi::TypeError::New(env, std::string(where) + ": the ArrayBuffer is detached");
    check(env, napi_get_arraybuffer_info(env, v, &b.data, &b.length), where, "cannot read the ArrayBuffer");
    return nonNull(b);
  }
  napi_value arraybuffer = nullptr;
  size_t offset = 0;
  check(env, napi_is_typedarray(env, v, &is), where, "cannot read the buffer");
  if (is) {
    napi_typedarray_type type;
    size_t count = 0;
    check(env, napi_get_typedarray_info(env, v, &type, &count, &b.data, &arraybuffer, &offset), where, "cannot read the typed array");
    static const size_t sizes[] = {1, 1, 1, 2, 2, 4, 4, 4, 8, 8, 8};
    b.length = count * (type < 11 ? sizes[type] : 1);
  } else {
    check(env, napi_is_dataview(env, v, &is), where, "cannot read the buffer");
    if (!is) throw Napi::TypeError::New(env, std::string(where) + ": expected an ArrayBuffer or a typed array");
    check(env, napi_get_dataview_info(env, v, &b.length, &b.data, &arraybuffer, &offset), where, "cannot read the DataView");
  }
  bool detached = false;
  if (arraybuffer) check(env, napi_is_detached_arraybuffer(env, arraybuffer, &detached), where, "cannot read the buffer");
  if (detached) throw Napi::TypeError::New(env, std::string(where) + ": the ArrayBuffer is detached");
  return nonNull(b);
}

Napi::Value byteView(Napi::Env env, void* data, size_t length) {
  if (data == nullptr) return env.Null();
  napi_value ab = nullptr, view = nullptr;
  NAPI_THROW_IF_FAILED(env, napi_create_external_arraybuffer(env, data, length, nullptr, nullptr, &ab), Napi::Value());
  NAPI_THROW_IF_FAILED(env, napi_create_typedarray(env, napi_uint8_array, length, ab, 0, &view), Napi::Value());
  return Napi::Value(env, view);
}

napi_value memoryView(napi_env env, napi_callback_info) {
  const double* r = registers();
  napi_value ab = nullptr;
  if (napi_create_external_arraybuffer(env, regPtr<char>(r[0]), static_cast<size_t>(r[1]), nullptr, nullptr, &ab) != napi_ok) {
    bool pending = false;
    if (napi_is_exception_pending(env, &pending) != napi_ok || !pending) napi_throw_error(env, nullptr, "$memory: no ArrayBuffer over the object");
    return nullptr;
  }
  return ab;
}

}  // namespace rt
