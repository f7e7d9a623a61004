// ogre-napi runtime: directors (see ogre_napi/director.h).
#include "ogre_napi/director.h"

#include <cstdio>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>

namespace rt {

Director::~Director() {
  // Off the JS thread (an engine deleting it elsewhere) the reference is left: V8 is not ours there.
  if (self_ != nullptr && std::this_thread::get_id() == thread_) napi_delete_reference(env_, self_);
}

void Director::bindDirector(napi_env env, napi_value self, napi_value overrides, napi_value thunks, DirectorClass& cls) {
  env_ = env;
  class_ = &cls;
  thread_ = std::this_thread::get_id();
  napi_create_reference(env, self, 0, &self_);
  uint8_t* data = nullptr;
  size_t length = 0;
  napi_typedarray_type type;
  napi_value buffer;
  size_t offset = 0;
  napi_get_typedarray_info(env, overrides, &type, &length, reinterpret_cast<void**>(&data), &buffer, &offset);
  wants_.assign(data, data + length);
  active_.assign(length, 0);
  if (cls.thunks.empty()) {
    uint32_t count = 0;
    napi_get_array_length(env, thunks, &count);
    cls.thunks.resize(count);
    for (uint32_t k = 0; k < count; ++k) {
      napi_value fn;
      napi_get_element(env, thunks, k, &fn);
      napi_create_reference(env, fn, 1, &cls.thunks[k]);
    }
  }
}

void Director::pureVirtual(const char* where) const {
  const std::string message = std::string(where) + " is pure virtual and the JS class does not define it";
  if (env_ == nullptr || std::this_thread::get_id() != thread_) throw std::logic_error(message);
  throw Napi::Error::New(Napi::Env(env_), message);
}

void Director::offThread(const char* where) const {
  // Once per method: OGRE's worker threads may log thousands of lines.
  static std::mutex mutex;
  static std::set<std::string> warned;
  std::lock_guard<std::mutex> lock(mutex);
  if (!warned.insert(where).second) return;
  std::fprintf(stderr,
               "ogre-napi: %s was called from a thread other than the JS thread; the JS override is not "
               "called there (JS runs on its own thread only): the C++ implementation runs instead "
               "(nothing, for a pure virtual)\n",
               where);
}

DirectorCall::DirectorCall(Director& d, size_t i) : d_(d), i_(i) {
  napi_open_handle_scope(d.env_, &scope_);
  d_.active_[i_] = 1;
}

DirectorCall::~DirectorCall() {
  d_.active_[i_] = 0;
  napi_close_handle_scope(d_.env_, scope_);
}

Napi::Value DirectorCall::invoke(napi_value* argv, size_t argc) {
  napi_env env = d_.env_;
  napi_value self = nullptr;
  napi_get_reference_value(env, d_.self_, &self);
  if (self == nullptr) throw Napi::Error::New(Napi::Env(env), std::string(d_.class_->jsName) + ": the JS object was collected while C++ still used it");
  napi_value fn;
  napi_get_reference_value(env, d_.class_->thunks[i_], &fn);
  napi_value result = nullptr;
  if (napi_call_function(env, self, fn, argc, argv, &result) != napi_ok) {
    napi_value error;
    napi_get_and_clear_last_exception(env, &error);
    throw Napi::Error(env, error);
  }
  return Napi::Value(env, result);
}

}  // namespace rt
