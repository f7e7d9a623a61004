// ogre-napi runtime: value classes (Vector3, Matrix4 …) cross as their fields, one register slot per
// scalar. The generated values.h loads and stores each class's fields with these helpers.
#pragma once

#include <napi.h>

#include <cstddef>
#include <type_traits>

namespace rt {

/// A register value as field type F (enums through their underlying type).
template <class F>
inline F fromSlot(double d) {
  if constexpr (std::is_enum_v<F>) return static_cast<F>(static_cast<std::underlying_type_t<F>>(d));
  else if constexpr (std::is_same_v<F, bool>) return d != 0;
  else return static_cast<F>(d);
}

template <class F>
inline double toSlot(F v) { return static_cast<double>(v); }

/// Fields C++ code outside the class may not name (private, protected) are reached by their byte
/// offset: an explicit instantiation may name any member ([temp.spec]), and module.cpp instantiates
/// FieldOffset once per such field, which stores the offset in Offset<Tag>::value at load time.
template <class Tag>
struct Offset { static inline std::size_t value; };

template <class C, class F>
std::size_t memberOffset(F C::*m) {
  alignas(C) static unsigned char probe[sizeof(C)];
  return reinterpret_cast<unsigned char*>(&(reinterpret_cast<C*>(probe)->*m)) - probe;
}

template <class Tag, auto M>
struct FieldOffset { static inline const bool set = (Offset<Tag>::value = memberOffset(M), true); };

/// The field of type F at byte offset `off` of `v` (value classes copy as their bytes).
template <class F, class C>
inline F& fieldAt(C& v, std::size_t off) { return *reinterpret_cast<F*>(reinterpret_cast<unsigned char*>(&v) + off); }
template <class F, class C>
inline const F& fieldAt(const C& v, std::size_t off) { return *reinterpret_cast<const F*>(reinterpret_cast<const unsigned char*>(&v) + off); }

/// Arrays of scalars (any rank) from / to consecutive slots.
template <class A>
inline void loadArray(const double* r, A& a) {
  using E = std::remove_all_extents_t<A>;
  auto* p = reinterpret_cast<E*>(&a);
  for (std::size_t i = 0; i < sizeof(A) / sizeof(E); ++i) p[i] = fromSlot<E>(r[i]);
}
template <class A>
inline void storeArray(const A& a, double* r) {
  using E = std::remove_all_extents_t<A>;
  auto* p = reinterpret_cast<const E*>(&a);
  for (std::size_t i = 0; i < sizeof(A) / sizeof(E); ++i) r[i] = toSlot(p[i]);
}

/// A value passed as a napi value (when the registers are full, or inside containers): a Float64Array of its slots.
inline const double* slotsArg(const Napi::Value& v, std::size_t slots) {
  if (!v.IsTypedArray() || v.As<Napi::TypedArray>().TypedArrayType() != napi_float64_array ||
      v.As<Napi::TypedArray>().ElementLength() < slots) {
    throw Napi::TypeError::New(v.Env(), "a value class argument did not arrive as its fields");
  }
  return v.As<Napi::Float64Array>().Data();
}

}  // namespace rt
