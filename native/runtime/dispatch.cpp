// ogre-napi runtime: `$call`, the dispatcher every generated binding goes through (see ogre_napi/callback.h).
#include "ogre_napi/callback.h"
#include "ogre_napi/lifetimes.h"
#include "ogre_napi/registers.h"
#include "ogre_napi/status.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iostream>

namespace rt {

namespace {

// This addon's unit tables (set once by module init; the same for every thread and worker).
const UnitTable* gUnits = nullptr;
size_t gUnitCount = 0;

/// stdout and stderr blocking: a write C++ makes to a full non-blocking pipe fails (EAGAIN), after
/// which std::cout drops everything (the engine's log lines lost mid-run when the reader lags).
void blockingOutput() {
  for (int fd : {STDOUT_FILENO, STDERR_FILENO}) {
    const int flags = fcntl(fd, F_GETFL);
    if (flags != -1 && (flags & O_NONBLOCK)) fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  }
}

void flushOutput() {
  blockingOutput();
  std::cout.clear();
  std::cout.flush();
  std::fflush(nullptr);
}

napi_value dispatch(napi_env env, napi_callback_info info) {
  const double id = registers()[kCallSlot];
  const auto unit = static_cast<size_t>(static_cast<uint32_t>(id) >> 16);
  const auto local = static_cast<size_t>(static_cast<uint32_t>(id) & 0xffff);
  // Only generated code sets the id; anything else calling $call gets an error, not a wild jump.
  if (!(id >= 0 && id < 4294967296.0) || unit >= gUnitCount || local >= gUnits[unit].count) {
    // Nothing more to do if even the throw fails: JS gets undefined.
    if (napi_throw_range_error(env, nullptr, "ogre-napi: $call without a valid function id") != napi_ok) return nullptr;
    return nullptr;
  }
  napi_value result = gUnits[unit].fns[local](env, info);
  // Objects the call destroyed (the engine's listeners recorded them): their wrappers die now.
  if (destroyedPending()) reportDestroyed(env);
  return result;
}

}  // namespace

void defineDispatcher(Napi::Env env, Napi::Object exports, const UnitTable* units, size_t unitCount) {
  gUnits = units;
  gUnitCount = unitCount;
  napi_value fn;
  ok(env, napi_create_function(env, "$call", NAPI_AUTO_LENGTH, dispatch, nullptr, &fn));
  exports.Set("$call", Napi::Value(env, fn));
  defineDestroyedHandler(env, exports);
  // What C++ prints (the engine's log through std::cout) reaches the pipe, during the run and at
  // exit: libuv leaves a piped stdout non-blocking, and iostreams drop what a full pipe refuses.
  blockingOutput();
  static bool flushAtExit = (std::atexit(flushOutput) == 0);
  (void)flushAtExit;
}

}  // namespace rt
