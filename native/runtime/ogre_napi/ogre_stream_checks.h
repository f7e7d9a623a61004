// ogre-napi runtime, OGRE part: whether a data stream is still open. A closed file stream keeps
// null where its std::istream or FILE* was, and every read, seek or eof() dereferences it.
#pragma once

#include <OgreDataStream.h>

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

}  // namespace rt::ogre
