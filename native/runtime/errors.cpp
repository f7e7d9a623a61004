// ogre-napi runtime: engine exceptions as instances of the JS class the JS runtime registers.
#include "ogre_napi/errors.h"

namespace rt {

namespace {
/// Per-environment state: the registered error class.
struct InstanceData {
  Napi::FunctionReference errorClass;
};

InstanceData* Data(Napi::Env env) {
  auto* d = env.GetInstanceData<InstanceData>();
  if (!d) {
    d = new InstanceData();
    env.SetInstanceData(d);
  }
  return d;
}
}  // namespace

Napi::Value setErrorClass(const Napi::CallbackInfo& info) {
  if (!info[0].IsFunction()) throw Napi::TypeError::New(info.Env(), "setErrorClass: expected a class");
  Data(info.Env())->errorClass = Napi::Persistent(info[0].As<Napi::Function>());
  return info.Env().Undefined();
}

void throwEngineError(Napi::Env env, const ErrorInfo& e) {
  InstanceData* d = Data(env);
  if (d->errorClass.IsEmpty()) throw Napi::Error::New(env, e.message);
  Napi::Object fields = Napi::Object::New(env);
  fields.Set("number", e.number);
  fields.Set("description", e.description);
  fields.Set("source", e.source);
  fields.Set("file", e.file);
  fields.Set("line", e.line);
  fields.Set("type", e.typeName);
  Napi::Object err = d->errorClass.New({Napi::String::New(env, e.message), fields});
  throw Napi::Error(env, err);
}

}  // namespace rt
