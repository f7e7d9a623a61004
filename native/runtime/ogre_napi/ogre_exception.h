// ogre-napi runtime, OGRE part: Ogre::Exception → the JS OgreException (number, description, source, file, line).
#pragma once

#include <OgreException.h>

#include <utility>

#include "ogre_napi/errors.h"

namespace rt {

/// OGRE 1.12 keeps no error number; it follows from the exception's class, whose name picks the JS subclass.
inline std::pair<int, const char*> ogreErrorKind(const Ogre::Exception& e) {
  using E = Ogre::Exception;
  if (dynamic_cast<const Ogre::UnimplementedException*>(&e)) return {E::ERR_NOT_IMPLEMENTED, "UnimplementedException"};
  if (dynamic_cast<const Ogre::FileNotFoundException*>(&e)) return {E::ERR_FILE_NOT_FOUND, "FileNotFoundException"};
  if (dynamic_cast<const Ogre::IOException*>(&e)) return {E::ERR_CANNOT_WRITE_TO_FILE, "IOException"};
  if (dynamic_cast<const Ogre::InvalidStateException*>(&e)) return {E::ERR_INVALID_STATE, "InvalidStateException"};
  if (dynamic_cast<const Ogre::InvalidParametersException*>(&e)) return {E::ERR_INVALIDPARAMS, "InvalidParametersException"};
  if (dynamic_cast<const Ogre::ItemIdentityException*>(&e)) return {E::ERR_DUPLICATE_ITEM, "ItemIdentityException"};
  if (dynamic_cast<const Ogre::InternalErrorException*>(&e)) return {E::ERR_INTERNAL_ERROR, "InternalErrorException"};
  if (dynamic_cast<const Ogre::RenderingAPIException*>(&e)) return {E::ERR_RENDERINGAPI_ERROR, "RenderingAPIException"};
  if (dynamic_cast<const Ogre::RuntimeAssertionException*>(&e)) return {E::ERR_RT_ASSERTION_FAILED, "RuntimeAssertionException"};
  if (dynamic_cast<const Ogre::InvalidCallException*>(&e)) return {E::ERR_INVALID_CALL, "InvalidCallException"};
  return {-1, ""};
}

/// Throws the registered JS OgreException for `e`.
[[noreturn]] inline void throwOgreException(Napi::Env env, const Ogre::Exception& e) {
  ErrorInfo info;
  info.message = e.getFullDescription();
  const auto kind = ogreErrorKind(e);
  info.number = kind.first;
  info.typeName = kind.second;
  info.description = e.getDescription();
  info.source = e.getSource();
  info.file = e.getFile() ? e.getFile() : "";
  info.line = static_cast<double>(e.getLine());
  throwEngineError(env, info);
}

}  // namespace rt
