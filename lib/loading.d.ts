// Typings of the loader helpers that tests and tools call directly (lib/loading.js).
/** Where V8 code caches of the generated scripts are written (`$OGRE_NAPI_CACHE_DIR`, `$XDG_CACHE_HOME/ogre-napi`, `~/.cache/ogre-napi`). */
export function codeCacheDir(env?: Record<string, string | undefined>): string;
/** The message naming the system package to install for a loader error about a missing shared library, else undefined. */
export function missingLibraryMessage(message: string, packageRoot: string): string | undefined;
