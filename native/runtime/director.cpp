// ogre-napi runtime: directors (see ogre_napi/director.h).
#include "ogre_napi/director.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>
#include <utility>

namespace rt {

namespace {

/// Strong references whose last C++ owner went away off the JS thread, per env: deleted on the JS
/// thread by a thread-safe function (unreferenced: it never keeps the event loop alive).
struct Releases {
  std::mutex mutex;
  std::map<napi_env, napi_threadsafe_function> wakers;
  std::vector<std::pair<napi_env, napi_ref>> pending;
};
Releases& releases() {
  static auto* r = new Releases();  // never destroyed: engine threads may release during exit
  return *r;
}

void drain(napi_env env) {
  std::vector<napi_ref> mine;
  {
    std::lock_guard<std::mutex> lock(releases().mutex);
    auto& pending = releases().pending;
    for (auto it = pending.begin(); it != pending.end();) {
      if (it->first == env) {
        mine.push_back(it->second);
        it = pending.erase(it);
      } else {
        ++it;
      }
    }
  }
  for (napi_ref ref : mine) napi_delete_reference(env, ref);
}

void drainOnJsThread(napi_env env, napi_value, void*, void*) {
  if (env != nullptr) drain(env);
}

/// The env went away: its references went with it, and nothing may be queued for it any more.
void forgetEnv(void* arg) {
  auto env = static_cast<napi_env>(arg);
  std::lock_guard<std::mutex> lock(releases().mutex);
  auto& r = releases();
  auto it = r.wakers.find(env);
  if (it != r.wakers.end()) {
    if (it->second != nullptr) napi_release_threadsafe_function(it->second, napi_tsfn_abort);
    r.wakers.erase(it);
  }
  r.pending.erase(std::remove_if(r.pending.begin(), r.pending.end(), [env](const auto& p) { return p.first == env; }), r.pending.end());
}

/// Makes sure `env` (the JS thread's) has a waker for releases made elsewhere.
void watchEnv(napi_env env) {
  std::lock_guard<std::mutex> lock(releases().mutex);
  auto& r = releases();
  if (r.wakers.count(env)) return;
  napi_value name;
  napi_create_string_utf8(env, "ogre-napi director release", NAPI_AUTO_LENGTH, &name);
  napi_threadsafe_function tsfn = nullptr;
  if (napi_create_threadsafe_function(env, nullptr, nullptr, name, 0, 1, nullptr, nullptr, nullptr, drainOnJsThread, &tsfn) == napi_ok) {
    napi_unref_threadsafe_function(env, tsfn);
  } else {
    tsfn = nullptr;  // releases made elsewhere then wait for the next share() on the JS thread
  }
  r.wakers.emplace(env, tsfn);
  napi_add_env_cleanup_hook(env, forgetEnv, env);
}

/// The deleter of a shared director: drops the strong reference instead of deleting the object.
struct ReleaseJs {
  napi_env env;
  napi_ref strong;
  std::thread::id thread;
  void operator()(void*) const {
    std::unique_lock<std::mutex> lock(releases().mutex);
    auto& r = releases();
    auto it = r.wakers.find(env);
    if (it == r.wakers.end()) return;  // the env is gone, and its references with it
    if (std::this_thread::get_id() == thread) {
      lock.unlock();
      napi_delete_reference(env, strong);
      return;
    }
    r.pending.emplace_back(env, strong);
    if (it->second != nullptr) napi_call_threadsafe_function(it->second, nullptr, napi_tsfn_nonblocking);
  }
};

}  // namespace

std::shared_ptr<void> Director::share() {
  if (auto owned = shared_.lock()) return owned;
  if (env_ == nullptr || std::this_thread::get_id() != thread_) throw std::logic_error("a JS object can only be shared on the JS thread");
  drain(env_);
  napi_value self = nullptr;
  napi_get_reference_value(env_, self_, &self);
  if (self == nullptr) throw std::logic_error(std::string(class_->jsName) + ": the JS object was collected");
  napi_ref strong = nullptr;
  if (napi_create_reference(env_, self, 1, &strong) != napi_ok) throw std::runtime_error("cannot reference the JS object");
  watchEnv(env_);
  std::shared_ptr<void> owned(static_cast<void*>(this), ReleaseJs{env_, strong, thread_});
  shared_ = owned;
  return owned;
}

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
