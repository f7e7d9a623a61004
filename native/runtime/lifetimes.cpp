// ogre-napi runtime: destroyed objects reported to JS (see ogre_napi/lifetimes.h).
#include "ogre_napi/lifetimes.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace rt {

namespace {

struct Pending {
  std::vector<std::pair<const void*, const char*>> list;
  napi_ref handler = nullptr;
};

// Per thread, like the registers: each worker has its own JS wrappers.
thread_local Pending pending;

napi_value setHandler(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value fn = nullptr;
  if (napi_get_cb_info(env, info, &argc, &fn, nullptr, nullptr) != napi_ok || argc < 1) return nullptr;
  if (pending.handler != nullptr) napi_delete_reference(env, pending.handler);
  if (napi_create_reference(env, fn, 1, &pending.handler) != napi_ok) pending.handler = nullptr;
  return nullptr;
}

}  // namespace

void destroyed(const void* address, const char* cause) { pending.list.emplace_back(address, cause); }

bool destroyedPending() { return !pending.list.empty(); }

void reportDestroyed(napi_env env) {
  std::vector<std::pair<const void*, const char*>> list;
  list.swap(pending.list);
  napi_value fn = nullptr;
  if (pending.handler == nullptr || napi_get_reference_value(env, pending.handler, &fn) != napi_ok || fn == nullptr) return;
  // A call that threw still destroyed what it destroyed: report, then let its exception go on.
  bool throwing = false;
  napi_value exception = nullptr;
  if (napi_is_exception_pending(env, &throwing) == napi_ok && throwing) napi_get_and_clear_last_exception(env, &exception);
  napi_value addresses = nullptr, causes = nullptr, global = nullptr, result = nullptr;
  bool made = napi_create_array_with_length(env, list.size(), &addresses) == napi_ok &&
              napi_create_array_with_length(env, list.size(), &causes) == napi_ok && napi_get_global(env, &global) == napi_ok;
  for (uint32_t i = 0; made && i < list.size(); ++i) {
    napi_value a = nullptr, c = nullptr;
    made = napi_create_double(env, static_cast<double>(reinterpret_cast<uintptr_t>(list[i].first)), &a) == napi_ok &&
           napi_create_string_utf8(env, list[i].second, NAPI_AUTO_LENGTH, &c) == napi_ok &&
           napi_set_element(env, addresses, i, a) == napi_ok && napi_set_element(env, causes, i, c) == napi_ok;
  }
  if (made) {
    napi_value args[] = {addresses, causes};
    napi_call_function(env, global, fn, 2, args, &result);
  }
  if (exception != nullptr) {
    bool failed = false;
    if (napi_is_exception_pending(env, &failed) == napi_ok && failed) napi_get_and_clear_last_exception(env, &result);
    napi_throw(env, exception);
  }
}

void defineDestroyedHandler(napi_env env, napi_value exports) {
  napi_value fn = nullptr;
  if (napi_create_function(env, "$setDestroyedHandler", NAPI_AUTO_LENGTH, setHandler, nullptr, &fn) == napi_ok)
    napi_set_named_property(env, exports, "$setDestroyedHandler", fn);
}

}  // namespace rt
