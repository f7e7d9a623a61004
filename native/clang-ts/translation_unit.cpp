// clang-ts native side: parsing, disposal, diagnostics and the handle tables.
#include "translation_unit.h"

namespace clangts {

std::string Take(CXString s) {
  const char* c = clang_getCString(s);
  std::string out = c ? c : "";
  clang_disposeString(s);
  return out;
}

Napi::Function TranslationUnit::Define(Napi::Env env) {
  return DefineClass(
      env, "TranslationUnit",
      {
          InstanceMethod("dispose", &TranslationUnit::Dispose),
          InstanceMethod("isDisposed", &TranslationUnit::IsDisposed),
          InstanceMethod("root", &TranslationUnit::Root),
          InstanceMethod("save", &TranslationUnit::Save),
          InstanceMethod("includedFiles", &TranslationUnit::IncludedFiles),
          InstanceMethod("diagnostics", &TranslationUnit::Diagnostics),
          InstanceMethod("cursorCount", &TranslationUnit::CursorCount),
          InstanceMethod("cursorKind", &TranslationUnit::CursorKind),
          InstanceMethod("cursorStr", &TranslationUnit::CursorStr),
          InstanceMethod("cursorLocation", &TranslationUnit::CursorLocation),
          InstanceMethod("cursorRelated", &TranslationUnit::CursorRelated),
          InstanceMethod("cursorChildren", &TranslationUnit::CursorChildren),
          InstanceMethod("cursorFlags", &TranslationUnit::CursorFlags),
          InstanceMethod("cursorAccess", &TranslationUnit::CursorAccess),
          InstanceMethod("cursorType", &TranslationUnit::CursorType),
          InstanceMethod("cursorArguments", &TranslationUnit::CursorArguments),
          InstanceMethod("cursorTemplateArguments", &TranslationUnit::CursorTemplateArguments),
          InstanceMethod("enumConstantValue", &TranslationUnit::EnumConstantValue),
          InstanceMethod("cursorTokens", &TranslationUnit::CursorTokens),
          InstanceMethod("cursorEquals", &TranslationUnit::CursorEquals),
          InstanceMethod("typeKind", &TranslationUnit::TypeKind),
          InstanceMethod("typeStr", &TranslationUnit::TypeStr),
          InstanceMethod("typeRelated", &TranslationUnit::TypeRelated),
          InstanceMethod("typeFlags", &TranslationUnit::TypeFlags),
          InstanceMethod("typeDeclaration", &TranslationUnit::TypeDeclaration),
          InstanceMethod("typeTemplateArguments", &TranslationUnit::TypeTemplateArguments),
          InstanceMethod("typeSize", &TranslationUnit::TypeSize),
          InstanceMethod("typeKey", &TranslationUnit::TypeKey),
          InstanceMethod("typeArguments", &TranslationUnit::TypeArguments),
      });
}

// new TranslationUnit(file, args[], options, unsaved?: [name, contents][])
TranslationUnit::TranslationUnit(const Napi::CallbackInfo& info)
    : Napi::ObjectWrap<TranslationUnit>(info) {
  Napi::Env env = info.Env();
  if (info.Length() < 3 || !info[0].IsString() || !info[1].IsArray() || !info[2].IsNumber()) {
    Napi::TypeError::New(env, "TranslationUnit(file: string, args: string[], options: number)")
        .ThrowAsJavaScriptException();
    return;
  }
  std::string file = info[0].As<Napi::String>();
  Napi::Array jsArgs = info[1].As<Napi::Array>();
  std::vector<std::string> args;
  for (uint32_t i = 0; i < jsArgs.Length(); ++i) args.push_back(jsArgs.Get(i).ToString());
  std::vector<const char*> argv;
  for (auto& a : args) argv.push_back(a.c_str());
  unsigned options = info[2].As<Napi::Number>().Uint32Value();

  std::vector<std::string> unsavedStore;
  std::vector<CXUnsavedFile> unsaved;
  if (info.Length() > 3 && info[3].IsArray()) {
    Napi::Array files = info[3].As<Napi::Array>();
    unsavedStore.reserve(files.Length() * 2);
    for (uint32_t i = 0; i < files.Length(); ++i) {
      Napi::Array pair = files.Get(i).As<Napi::Array>();
      unsavedStore.push_back(pair.Get(0u).ToString());
      unsavedStore.push_back(pair.Get(1u).ToString());
    }
    for (size_t i = 0; i + 1 < unsavedStore.size(); i += 2)
      unsaved.push_back({unsavedStore[i].c_str(), unsavedStore[i + 1].c_str(),
                         static_cast<unsigned long>(unsavedStore[i + 1].size())});
  }

  index_ = clang_createIndex(0, 0);
  // options < 0: `file` is an AST file written by save(); load it instead of parsing.
  if (info[2].As<Napi::Number>().Int32Value() < 0) {
    CXErrorCode rc = clang_createTranslationUnit2(index_, file.c_str(), &tu_);
    if (rc != CXError_Success || !tu_) {
      Release();
      Napi::Error::New(env, "libclang could not load the AST file " + file).ThrowAsJavaScriptException();
    }
    return;
  }
  CXErrorCode rc = clang_parseTranslationUnit2(index_, file.c_str(), argv.data(),
                                               static_cast<int>(argv.size()),
                                               unsaved.empty() ? nullptr : unsaved.data(),
                                               static_cast<unsigned>(unsaved.size()), options, &tu_);
  if (rc != CXError_Success || !tu_) {
    Release();
    static const char* names[] = {"Success", "Failure", "Crashed", "InvalidArguments",
                                  "ASTReadError"};
    std::string why = rc >= 0 && rc <= 4 ? names[rc] : "unknown error";
    Napi::Error::New(env, "libclang could not parse " + file + ": " + why)
        .ThrowAsJavaScriptException();
  }
}

void TranslationUnit::Release() {
  if (tu_) clang_disposeTranslationUnit(tu_);
  if (index_) clang_disposeIndex(index_);
  tu_ = nullptr;
  index_ = nullptr;
  cursors_.clear();
  cursors_.shrink_to_fit();
  types_.clear();
  types_.shrink_to_fit();
}

void TranslationUnit::CheckAlive(Napi::Env env) const {
  if (!tu_) throw Napi::Error::New(env, "TranslationUnit has been disposed");
}

int32_t TranslationUnit::AddCursor(CXCursor c) {
  if (clang_Cursor_isNull(c)) return -1;
  cursors_.push_back(c);
  return static_cast<int32_t>(cursors_.size() - 1);
}

int32_t TranslationUnit::AddType(CXType t) {
  if (t.kind == CXType_Invalid) return -1;
  types_.push_back(t);
  return static_cast<int32_t>(types_.size() - 1);
}

static int64_t Handle(const Napi::CallbackInfo& info, size_t i, size_t size, const char* what) {
  if (i >= info.Length() || !info[i].IsNumber())
    throw Napi::TypeError::New(info.Env(), std::string(what) + " handle must be a number");
  int64_t h = info[i].As<Napi::Number>().Int64Value();
  if (h < 0 || static_cast<size_t>(h) >= size)
    throw Napi::RangeError::New(info.Env(), std::string("invalid ") + what + " handle");
  return h;
}

CXCursor TranslationUnit::CursorArg(const Napi::CallbackInfo& info, size_t i) {
  CheckAlive(info.Env());
  return cursors_[Handle(info, i, cursors_.size(), "cursor")];
}

CXType TranslationUnit::TypeArg(const Napi::CallbackInfo& info, size_t i) {
  CheckAlive(info.Env());
  return types_[Handle(info, i, types_.size(), "type")];
}

Napi::Value TranslationUnit::Dispose(const Napi::CallbackInfo& info) {
  Release();
  return info.Env().Undefined();
}

Napi::Value TranslationUnit::IsDisposed(const Napi::CallbackInfo& info) {
  return Napi::Boolean::New(info.Env(), tu_ == nullptr);
}

// save(path): writes the unit as an AST file; returns libclang's CXSaveError (0 = ok).
Napi::Value TranslationUnit::Save(const Napi::CallbackInfo& info) {
  CheckAlive(info.Env());
  std::string path = info[0].As<Napi::String>();
  return Napi::Number::New(info.Env(), clang_saveTranslationUnit(tu_, path.c_str(), clang_defaultSaveOptions(tu_)));
}

// includedFiles(): every file the unit read (for cache validation).
Napi::Value TranslationUnit::IncludedFiles(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  CheckAlive(env);
  std::vector<std::string> files;
  clang_getInclusions(
      tu_,
      [](CXFile file, CXSourceLocation*, unsigned, CXClientData data) {
        static_cast<std::vector<std::string>*>(data)->push_back(Take(clang_getFileName(file)));
      },
      &files);
  Napi::Array out = Napi::Array::New(env, files.size());
  for (size_t i = 0; i < files.size(); ++i) out.Set(static_cast<uint32_t>(i), files[i]);
  return out;
}

Napi::Value TranslationUnit::Root(const Napi::CallbackInfo& info) {
  CheckAlive(info.Env());
  return Napi::Number::New(info.Env(), AddCursor(clang_getTranslationUnitCursor(tu_)));
}

Napi::Value TranslationUnit::CursorCount(const Napi::CallbackInfo& info) {
  return Napi::Number::New(info.Env(), static_cast<double>(cursors_.size()));
}

// [{ severity, message, file, line, column }]
Napi::Value TranslationUnit::Diagnostics(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  CheckAlive(env);
  unsigned n = clang_getNumDiagnostics(tu_);
  Napi::Array out = Napi::Array::New(env, n);
  for (unsigned i = 0; i < n; ++i) {
    CXDiagnostic d = clang_getDiagnostic(tu_, i);
    CXFile file;
    unsigned line, column, offset;
    clang_getSpellingLocation(clang_getDiagnosticLocation(d), &file, &line, &column, &offset);
    Napi::Object o = Napi::Object::New(env);
    o.Set("severity", static_cast<double>(clang_getDiagnosticSeverity(d)));
    o.Set("message", Take(clang_getDiagnosticSpelling(d)));
    o.Set("file", file ? Take(clang_getFileName(file)) : "");
    o.Set("line", static_cast<double>(line));
    o.Set("column", static_cast<double>(column));
    out.Set(i, o);
    clang_disposeDiagnostic(d);
  }
  return out;
}

}  // namespace clangts

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("TranslationUnit", clangts::TranslationUnit::Define(env));
  exports.Set("version", clangts::Take(clang_getClangVersion()));
  return exports;
}

NODE_API_MODULE(clang_ts, Init)
