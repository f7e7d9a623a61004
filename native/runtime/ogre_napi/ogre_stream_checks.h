// ogre-napi runtime, OGRE part: whether a data stream is still open (a closed file stream keeps null
// where its std::istream or FILE* was, and every read, seek or eof() dereferences it), and whether
// a UTFString iterator stays inside its string.
#pragma once

#include <OgreDataStream.h>
#if __has_include(<OgreUTFString.h>)
#include <OgreUTFString.h>
#define OGRE_NAPI_HAS_UTFSTRING 1
#endif

#include <memory>
#include <type_traits>

namespace rt::ogre {

struct FileStreamAccess : Ogre::FileStreamDataStream {
  static bool open(const Ogre::FileStreamDataStream& s) { return s.*(&FileStreamAccess::mInStream) != nullptr; }
};
struct FileHandleAccess : Ogre::FileHandleDataStream {
  static bool open(const Ogre::FileHandleDataStream& s) { return s.*(&FileHandleAccess::mFileHandle) != nullptr; }
};

/// Whether `s` can still be read, written or positioned (streams without a closed state always can).
inline bool streamOpen(const Ogre::DataStream& s) {
  if (const auto* f = dynamic_cast<const Ogre::FileStreamDataStream*>(&s)) return FileStreamAccess::open(*f);
  if (const auto* h = dynamic_cast<const Ogre::FileHandleDataStream*>(&s)) return FileHandleAccess::open(*h);
  return true;
}

template <class T, class = void>
struct IsSharedStream : std::false_type {};
template <class T>
struct IsSharedStream<T, std::void_t<typename T::element_type>>
    : std::bool_constant<std::is_convertible_v<const T&, std::shared_ptr<typename T::element_type>> &&
                         std::is_base_of_v<Ogre::DataStream, std::remove_cv_t<typename T::element_type>>> {};

/// A parameter a function reads from or writes to: a stream (by reference, pointer or shared
/// pointer) must be open; a null one is the null checks' business, any other type passes.
template <class T>
inline bool streamArgOpen(const T& v) {
  if constexpr (std::is_pointer_v<T>) {
    if constexpr (std::is_base_of_v<Ogre::DataStream, std::remove_cv_t<std::remove_pointer_t<T>>>) return v == nullptr || streamOpen(*v);
    else return true;
  } else if constexpr (std::is_base_of_v<Ogre::DataStream, T>) {
    return streamOpen(v);
  } else if constexpr (IsSharedStream<T>::value) {
    return !v || streamOpen(*v);
  } else {
    return true;
  }
}

#ifdef OGRE_NAPI_HAS_UTFSTRING  // (OGRE 13 dropped UTFString)
/// A UTFString iterator's string and position (protected state), in UTF-16 code units.
struct UTFIteratorAccess : Ogre::UTFString::_base_iterator {
  using Base = Ogre::UTFString::_base_iterator;
  static const Ogre::UTFString* string(const Base& it) { return it.*(&UTFIteratorAccess::mString); }
  static std::size_t index(const Base& it) { return (it.*(&UTFIteratorAccess::_get_index))(); }
  /// Whether `it` is at a code point of its string (or at its end, with `end`).
  static bool inside(const Base& it, bool end) {
    const Ogre::UTFString* s = string(it);
    return s != nullptr && (end ? index(it) <= s->size() : index(it) < s->size());
  }
  /// Whether moving `by` code points (a surrogate pair is one) keeps `it` inside its string.
  static bool canMove(const Base& it, long long by) {
    const Ogre::UTFString* s = string(it);
    if (s == nullptr) return false;
    const Ogre::UTFString::code_point* d = s->data();
    std::size_t at = index(it);
    const std::size_t size = s->size();
    if (at > size) return false;
    for (; by > 0; --by) {
      if (at >= size) return false;
      at += (d[at] >= 0xD800 && d[at] <= 0xDBFF && at + 1 < size) ? 2 : 1;
    }
    for (; by < 0; ++by) {
      if (at == 0) return false;
      --at;
      if (at > 0 && d[at] >= 0xDC00 && d[at] <= 0xDFFF) --at;
    }
    return true;
  }
  /// Whether `it` belongs to `s`, before its end (or at it, with `end`).
  static bool of(const Ogre::UTFString& s, const Base& it, bool end) { return string(it) == &s && inside(it, end); }
  static bool range(const Ogre::UTFString& s, const Base& a, const Base& b) { return of(s, a, true) && of(s, b, true) && index(a) <= index(b); }
};
#endif

}  // namespace rt::ogre
