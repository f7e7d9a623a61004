// ogre-napi runtime: directors. A generated trampoline subclass of an engine class derives from
// rt::Director too; each overridable virtual asks `directs(i)` and either calls the JS override
// (through the class's JS thunk i, which converts arguments and checks the result) or the C++
// implementation. JS runs on one thread: a call from any other thread never touches V8.
// Included by the units that define directors (not by the precompiled runtime header).
#pragma once

#include <napi.h>

#include <cstdint>
#include <memory>
#include <thread>
#include <vector>

#include "ogre_napi/shared.h"

namespace rt {

/// What all objects of one trampoline class share: the JS thunks, one per overridable method.
struct DirectorClass {
  /// JS class name, for errors.
  const char* jsName;
  /// References to the thunks (made on the first object's bind).
  std::vector<napi_ref> thunks;
};

class Director : public Shareable {
 public:
  Director() = default;
  Director(const Director&) = delete;
  Director& operator=(const Director&) = delete;
  virtual ~Director();

  /// Connects the C++ object to its JS object (weakly: the JS side keeps it alive) and records
  /// which methods the JS class overrides (`overrides`: a Uint8Array, 1 per overridden method).
  void bindDirector(napi_env env, napi_value self, napi_value overrides, napi_value thunks, DirectorClass& cls);
  /// C++ takes shared ownership (a SharedPtr parameter): while any owner lives, a strong reference
  /// keeps the JS object (and so this object) alive; the last owner releases it on the JS thread.
  std::shared_ptr<void> share() override;
  bool sharedByCpp() const override { return !shared_.expired(); }

 protected:
  /// Whether C++'s call of method `i` goes to JS: the JS class overrides it, this is not that
  /// override calling the C++ implementation (`super.m()`), and this is the JS thread. From any
  /// other thread the override is not called (V8 is not ours there): a warning names class and
  /// method once, and the call runs the C++ implementation (see offJsThread for pure ones).
  bool directs(size_t i, const char* where) const {
    if (i >= wants_.size() || !wants_[i] || active_[i]) return false;
    if (std::this_thread::get_id() == thread_) return true;
    offThread(where);
    return false;
  }
  /// Called from a thread other than the JS thread (a pure virtual then returns a default value).
  bool offJsThread() const { return thread_ != std::thread::id() && std::this_thread::get_id() != thread_; }
  /// A pure virtual method the JS class does not define: an Error naming class and method.
  [[noreturn]] void pureVirtual(const char* where) const;
  /// Warns (once per method) that an override was not called from another thread.
  void offThread(const char* where) const;

  friend class DirectorCall;
  napi_env env_ = nullptr;
  napi_ref self_ = nullptr;
  DirectorClass* class_ = nullptr;
  std::vector<uint8_t> wants_;
  std::vector<uint8_t> active_;
  std::thread::id thread_;
  /// The ownership share() handed out, while some owner holds it (one control block per object).
  std::weak_ptr<void> shared_;
};

/// One call from C++ into a JS override: its own handle scope (engine loops call thousands of
/// times inside one JS call), and the method marked active so that `super.m()` reaches C++.
class DirectorCall {
 public:
  DirectorCall(Director& d, size_t i);
  ~DirectorCall();
  DirectorCall(const DirectorCall&) = delete;
  DirectorCall& operator=(const DirectorCall&) = delete;
  Napi::Env env() const { return Napi::Env(d_.env_); }
  /// Calls thunk i with the JS object as `this`; a JS exception comes out as a C++ Napi::Error
  /// carrying it, so it unwinds through the engine to the JS caller of the outer native call.
  Napi::Value invoke(napi_value* argv, size_t argc);

 private:
  Director& d_;
  size_t i_;
  napi_handle_scope scope_ = nullptr;
};

}  // namespace rt
