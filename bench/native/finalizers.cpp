// Bench addon for bench/finalizers.ts: native allocations freed by each Node-API finalizer mechanism.
// Built twice: plain (Node-API 8: finalizers queued and run after the GC, from the event loop) and
// with NAPI_EXPERIMENTAL (finalizers run inside the GC; node_api_post_finalizer defers work).
#include <node_api.h>

#include <cstdint>
#include <cstdlib>

/** What every mechanism allocates and frees: 32 bytes, counted. */
static int64_t live = 0;
static void* payload(void) {
  live++;
  return malloc(32);
}
static void release(void* p) {
  live--;
  free(p);
}

/** Payloads whose wrappers died, freed together (the "native list" mechanism). */
static void** pending = nullptr;
static size_t pendingCount = 0, pendingCap = 0;
static void flushPending(void) {
  for (size_t i = 0; i < pendingCount; i++) release(pending[i]);
  pendingCount = 0;
}

static napi_value number(napi_env env, double d) {
  napi_value v;
  napi_create_double(env, d, &v);
  return v;
}
static napi_value arg0(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value v = nullptr;
  napi_get_cb_info(env, info, &argc, &v, nullptr, nullptr);
  return v;
}

/** Frees a payload: inside the GC (NAPI_EXPERIMENTAL) or after it (Node-API 8). */
static void finalizeFree(node_api_basic_env env, void* data, void* hint) {
  (void)env;
  (void)hint;
  release(data);
}
/** Lists a payload for the next flush (inside the GC under NAPI_EXPERIMENTAL). */
static void finalizeList(node_api_basic_env env, void* data, void* hint) {
  (void)env;
  (void)hint;
  if (pendingCount == pendingCap) {
    pendingCap = pendingCap ? 2 * pendingCap : 1024;
    pending = static_cast<void**>(realloc(pending, pendingCap * sizeof(void*)));
  }
  pending[pendingCount++] = data;
}
#ifdef NAPI_EXPERIMENTAL
/** Run after the GC, from the event loop (where a destructor may call into JS). */
static void freePosted(napi_env env, void* data, void* hint) {
  (void)env;
  (void)hint;
  release(data);
}
static void finalizePost(node_api_basic_env env, void* data, void* hint) {
  node_api_post_finalizer(env, freePosted, data, hint);
}
#endif

/** alloc() → the address of a new payload (freed by free/freeMany). */
static napi_value Alloc(napi_env env, napi_callback_info info) {
  (void)info;
  return number(env, (double)(uintptr_t)payload());
}
static napi_value Free(napi_env env, napi_callback_info info) {
  double d;
  napi_get_value_double(env, arg0(env, info), &d);
  release((void*)(uintptr_t)d);
  return nullptr;
}
/** freeMany(f64, n): frees the first n addresses of a Float64Array. */
static napi_value FreeMany(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  void* data;
  size_t length;
  napi_get_typedarray_info(env, argv[0], nullptr, &length, &data, nullptr, nullptr);
  uint32_t n;
  napi_get_value_uint32(env, argv[1], &n);
  const double* a = static_cast<const double*>(data);
  for (uint32_t i = 0; i < n && i < length; i++) release((void*)(uintptr_t)a[i]);
  return nullptr;
}
/** wrap(o): a payload owned by o through napi_wrap, freed by its finalizer. */
static napi_value Wrap(napi_env env, napi_callback_info info) {
  napi_wrap(env, arg0(env, info), payload(), finalizeFree, nullptr, nullptr);
  return nullptr;
}
/** wrapListed(o): napi_wrap whose finalizer only lists the payload; freed by the next wrapListed past 1024, or flush(). */
static napi_value WrapListed(napi_env env, napi_callback_info info) {
  if (pendingCount >= 1024) flushPending();
  napi_wrap(env, arg0(env, info), payload(), finalizeList, nullptr, nullptr);
  return nullptr;
}
#ifdef NAPI_EXPERIMENTAL
/** wrapPost(o): napi_wrap whose finalizer (run inside the GC) posts the free to node_api_post_finalizer. */
static napi_value WrapPost(napi_env env, napi_callback_info info) {
  napi_wrap(env, arg0(env, info), payload(), finalizePost, nullptr, nullptr);
  return nullptr;
}
#endif
static napi_value Flush(napi_env env, napi_callback_info info) {
  (void)env;
  (void)info;
  flushPending();
  return nullptr;
}
static napi_value Live(napi_env env, napi_callback_info info) {
  (void)info;
  return number(env, (double)live);
}

static napi_value Init(napi_env env, napi_value exports) {
  napi_property_descriptor props[] = {
    {"alloc", nullptr, Alloc, nullptr, nullptr, nullptr, napi_default, nullptr},
    {"free", nullptr, Free, nullptr, nullptr, nullptr, napi_default, nullptr},
    {"freeMany", nullptr, FreeMany, nullptr, nullptr, nullptr, napi_default, nullptr},
    {"wrap", nullptr, Wrap, nullptr, nullptr, nullptr, napi_default, nullptr},
    {"wrapListed", nullptr, WrapListed, nullptr, nullptr, nullptr, napi_default, nullptr},
#ifdef NAPI_EXPERIMENTAL
    {"wrapPost", nullptr, WrapPost, nullptr, nullptr, nullptr, napi_default, nullptr},
#endif
    {"flush", nullptr, Flush, nullptr, nullptr, nullptr, napi_default, nullptr},
    {"live", nullptr, Live, nullptr, nullptr, nullptr, napi_default, nullptr},
  };
  napi_define_properties(env, exports, sizeof(props) / sizeof(props[0]), props);
  return exports;
}

NAPI_MODULE(finalizers, Init)
