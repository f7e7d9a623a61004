// ogre-napi runtime, OGRE part: which zip archives are loaded. OGRE's zip archives (a private class)
// read their directory unchecked in every call until load() succeeds; only the ArchiveManager calls
// load() in the engine, so from JS we track it here (ogre-headers/preconditions.ts).
#pragma once

#include <OgreArchive.h>

#include <unordered_set>

#include "ogre_checks.h"

namespace rt::ogre {

/// Zip archives whose load() succeeded (and that were not unloaded or destroyed since).
inline std::unordered_set<const Ogre::Archive*>& loadedZips() {
  static std::unordered_set<const Ogre::Archive*> loaded;
  return loaded;
}

inline bool isZip(const Ogre::Archive& a) {
  const Ogre::String& type = a.getType();
  return type == "Zip" || type == "EmbeddedZip" || type == "APKZip";
}

/// load()'s precondition: an embedded zip needs the embedded file table (OGRE reads it unchecked).
/// A zip archive is loaded here, first (load() does nothing once loaded), so that a throwing load
/// is never recorded as loaded.
inline bool loadArchive(Ogre::Archive& a) {
  if (!isZip(a)) return true;
  if (a.getType() == "EmbeddedZip" && !embeddedFilesExist()) return false;
  a.load();
  loadedZips().insert(&a);
  return true;
}

/// Forgets an archive being unloaded or destroyed (always met).
inline bool forgetArchive(const Ogre::Archive* a) {
  loadedZips().erase(a);
  return true;
}

/// Whether the archive can be read: any archive but a zip one that is not loaded.
inline bool archiveReadable(const Ogre::Archive& a) { return !isZip(a) || loadedZips().count(&a) != 0; }

}  // namespace rt::ogre
