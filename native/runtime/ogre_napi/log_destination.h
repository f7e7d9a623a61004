// ogre-napi runtime, OGRE part: where OGRE's log goes (Ogre.LogManager.logTo / logToNowhere, see ogre-headers/rules/extendRules.ts).
#pragma once

#include <OgreLogManager.h>
#include <napi.h>

#include <memory>
#include <stdexcept>
#include <thread>

namespace rt {

/// Passes each message of the log it listens to to a JS function, on the JS thread only (other
/// threads' messages are dropped), and never once Node is shutting the environment down.
class JsLogListener : public Ogre::LogListener {
 public:
  JsLogListener(Napi::Env env, Napi::Function fn) : env_(env), fn_(Napi::Persistent(fn)), thread_(std::this_thread::get_id()) {
    napi_add_env_cleanup_hook(env_, close, this);
  }
  ~JsLogListener() override {
    if (!closed_) napi_remove_env_cleanup_hook(env_, close, this);
  }
  void messageLogged(const Ogre::String& message, Ogre::LogMessageLevel level, bool, const Ogre::String& logName,
                     bool&) override {
    if (closed_ || std::this_thread::get_id() != thread_) return;
    Napi::Env env = env_;
    Napi::HandleScope scope(env);
    try {
      fn_.Call({Napi::String::New(env, message), Napi::Number::New(env, level), Napi::String::New(env, logName)});
    } catch (const Napi::Error& e) {
      // Unwinding through the engine's logging would leave it half done: an uncaught exception, as from any callback.
      napi_fatal_exception(env, e.Value());
    }
  }

 private:
  static void close(void* self) { static_cast<JsLogListener*>(self)->closed_ = true; }

  napi_env env_;
  Napi::FunctionReference fn_;
  std::thread::id thread_;
  bool closed_ = false;
};

/// The log manager logTo made, with its current log and listener. Never deleted: Root and the
/// plugins log until the process ends, whichever order the environment tears objects down in.
struct LogDestination {
  Ogre::LogManager* manager = nullptr;
  Ogre::Log* log = nullptr;
  std::unique_ptr<JsLogListener> listener;

  static LogDestination& instance() {
    static LogDestination* self = new LogDestination();
    return *self;
  }

  /// Replaces the default log: to `file` (empty: no file), optionally to a JS function.
  void set(const Ogre::String& file, const Napi::Function* fn = nullptr) {
    Ogre::LogManager* current = Ogre::LogManager::getSingletonPtr();
    if (current && current != manager) {
      throw std::logic_error(
          "LogManager.logTo: OGRE's log already exists; call logTo/logToNowhere before creating Root or an ApplicationContext");
    }
    if (!manager) manager = new Ogre::LogManager();
    Ogre::Log* previous = log;
    std::unique_ptr<JsLogListener> previousListener = std::move(listener);
    // Log names double as file names; with no file the name only has to be unique.
    static int serial = 0;
    log = manager->createLog(file.empty() ? "ogre-napi:" + std::to_string(++serial) : file, true, false, file.empty());
    if (fn) {
      listener = std::make_unique<JsLogListener>(fn->Env(), *fn);
      log->addListener(listener.get());
    }
    if (previous) manager->destroyLog(previous);
  }
};

}  // namespace rt
