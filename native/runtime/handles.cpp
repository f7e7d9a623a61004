// ogre-napi runtime: opaque pointers as bigint handles, and readable C++ type names.
#include "ogre_napi/handles.h"

#include <cxxabi.h>

#include <cstdint>
#include <cstdlib>
#include <memory>

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

}  // namespace rt
