// ogre-napi runtime: opaque pointers as bigint handles, and readable C++ type names.
#include "ogre_napi/handles.h"

#include <cxxabi.h>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <unordered_set>

namespace rt {

void* handleIn(const Napi::Value& v, const char* where) {
  if (v.IsNull()) return nullptr;
  if (v.IsBigInt()) {
    bool lossless = false;
    const uint64_t n = v.As<Napi::BigInt>().Uint64Value(&lossless);
    if (!lossless) throw Napi::RangeError::New(v.Env(), std::string(where) + ": the handle does not fit 64 bits");
    return reinterpret_cast<void*>(static_cast<uintptr_t>(n));
  }
  const double d = v.As<Napi::Number>().DoubleValue();
  if (d < 0) throw Napi::RangeError::New(v.Env(), std::string(where) + ": a handle is not negative");
  return reinterpret_cast<void*>(static_cast<uintptr_t>(d));
}

Napi::Value handleOut(Napi::Env env, const void* p) {
  if (p == nullptr) return env.Null();
  return Napi::BigInt::New(env, static_cast<uint64_t>(reinterpret_cast<uintptr_t>(p)));
}

std::string typeName(const std::type_info& type) {
  int status = 0;
  std::unique_ptr<char, void (*)(void*)> name(abi::__cxa_demangle(type.name(), nullptr, nullptr, &status), std::free);
  return status == 0 && name ? std::string(name.get()) : std::string(type.name());
}

namespace {
std::mutex handedOutLock;
std::unordered_set<uintptr_t> handedOut;  // function pointers JS holds as handles
}  // namespace

Napi::Value functionHandleOut(Napi::Env env, void (*fn)()) {
  if (fn == nullptr) return env.Null();
  const auto address = reinterpret_cast<uintptr_t>(fn);
  std::lock_guard<std::mutex> lock(handedOutLock);
  handedOut.insert(address);
  return Napi::BigInt::New(env, static_cast<uint64_t>(address));
}

void (*functionHandleIn(const Napi::Value& v, const char* where))() {
  if (v.IsNull()) return nullptr;
  bool lossless = false;
  const auto address = static_cast<uintptr_t>(v.As<Napi::BigInt>().Uint64Value(&lossless));
  std::lock_guard<std::mutex> lock(handedOutLock);
  if (!lossless || handedOut.count(address) == 0) {
    throw Napi::TypeError::New(v.Env(), std::string(where) + ": not a function handle the engine gave out (or null)");
  }
  return reinterpret_cast<void (*)()>(address);
}

Napi::Value JsCallback::call(int index) {
  if (failed) return Napi::Value();
  napi_value argv[] = {Napi::Number::New(env, index)};
  napi_value result = nullptr;
  if (napi_call_function(env, env.Undefined(), fn, 1, argv, &result) != napi_ok) {
    failed = true;  // the exception stays pending: the binding returns and JS sees it
    return Napi::Value();
  }
  return Napi::Value(env, result);
}

bool textGetter(void* data, int index, const char** text) {
  auto* cb = static_cast<JsCallback*>(data);
  const Napi::Value v = cb->call(index);
  if (v.IsEmpty() || !v.IsString()) return false;
  cb->text = v.As<Napi::String>().Utf8Value();
  *text = cb->text.c_str();
  return true;
}

float numberGetter(void* data, int index) {
  auto* cb = static_cast<JsCallback*>(data);
  const Napi::Value v = cb->call(index);
  return v.IsEmpty() || !v.IsNumber() ? 0.0f : v.As<Napi::Number>().FloatValue();
}

}  // namespace rt
