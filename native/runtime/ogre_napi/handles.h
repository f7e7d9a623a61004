// ogre-napi runtime: opaque pointers as bigint handles, and readable C++ type names.
#pragma once

#include <napi.h>

#include <string>
#include <typeinfo>

namespace rt {

/// A handle argument: a bigint or a non-negative safe integer (an address or an engine handle), null → nullptr.
void* handleIn(const Napi::Value& v, const char* where);

/// A pointer as a bigint handle, nullptr → null.
Napi::Value handleOut(Napi::Env env, const void* p);

/// The demangled name of a C++ type (`Ogre::Vector<3, float>`).
std::string typeName(const std::type_info& type);

}  // namespace rt
