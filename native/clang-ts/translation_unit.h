// clang-ts native side: a parsed translation unit and the handle tables that JS indexes into.
#pragma once

#include <clang-c/Index.h>
#include <napi.h>

#include <string>
#include <vector>

namespace clangts {

/// Owns one CXIndex + CXTranslationUnit. Cursors and types cross to JS as integer handles into
/// `cursors` / `types`, so walking a large AST creates no JS wrapper objects.
class TranslationUnit : public Napi::ObjectWrap<TranslationUnit> {
 public:
  static Napi::Function Define(Napi::Env env);
  explicit TranslationUnit(const Napi::CallbackInfo& info);
  ~TranslationUnit() override { Release(); }

  /// Stores a cursor and returns its handle (null cursors map to -1).
  int32_t AddCursor(CXCursor c);
  int32_t AddType(CXType t);
  CXCursor CursorArg(const Napi::CallbackInfo& info, size_t i = 0);
  CXType TypeArg(const Napi::CallbackInfo& info, size_t i = 0);
  CXTranslationUnit Raw() const { return tu_; }

 private:
  void Release();
  void CheckAlive(Napi::Env env) const;

  Napi::Value Dispose(const Napi::CallbackInfo& info);
  Napi::Value IsDisposed(const Napi::CallbackInfo& info);
  Napi::Value Root(const Napi::CallbackInfo& info);
  Napi::Value Save(const Napi::CallbackInfo& info);
  Napi::Value IncludedFiles(const Napi::CallbackInfo& info);
  Napi::Value Diagnostics(const Napi::CallbackInfo& info);
  Napi::Value CursorCount(const Napi::CallbackInfo& info);

  // Cursor queries (cursor_ops.cpp)
  Napi::Value CursorKind(const Napi::CallbackInfo& info);
  Napi::Value CursorStr(const Napi::CallbackInfo& info);
  Napi::Value CursorLocation(const Napi::CallbackInfo& info);
  Napi::Value CursorRelated(const Napi::CallbackInfo& info);
  Napi::Value CursorChildren(const Napi::CallbackInfo& info);
  Napi::Value CursorFlags(const Napi::CallbackInfo& info);
  Napi::Value CursorAccess(const Napi::CallbackInfo& info);
  Napi::Value CursorType(const Napi::CallbackInfo& info);
  Napi::Value CursorArguments(const Napi::CallbackInfo& info);
  Napi::Value CursorTemplateArguments(const Napi::CallbackInfo& info);
  Napi::Value EnumConstantValue(const Napi::CallbackInfo& info);
  Napi::Value CursorTokens(const Napi::CallbackInfo& info);
  Napi::Value CursorEquals(const Napi::CallbackInfo& info);

  // Type queries (type_ops.cpp)
  Napi::Value TypeKind(const Napi::CallbackInfo& info);
  Napi::Value TypeStr(const Napi::CallbackInfo& info);
  Napi::Value TypeRelated(const Napi::CallbackInfo& info);
  Napi::Value TypeFlags(const Napi::CallbackInfo& info);
  Napi::Value TypeDeclaration(const Napi::CallbackInfo& info);
  Napi::Value TypeTemplateArguments(const Napi::CallbackInfo& info);
  Napi::Value TypeSize(const Napi::CallbackInfo& info);
  Napi::Value TypeKey(const Napi::CallbackInfo& info);
  Napi::Value TypeArguments(const Napi::CallbackInfo& info);

  CXIndex index_ = nullptr;
  CXTranslationUnit tu_ = nullptr;
  std::vector<CXCursor> cursors_;
  std::vector<CXType> types_;
};

/// Converts and frees a CXString.
std::string Take(CXString s);

}  // namespace clangts
