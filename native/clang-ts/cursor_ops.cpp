// clang-ts native side: queries on cursors (declarations, references, expressions).
#include <cmath>

#include "translation_unit.h"

namespace clangts {

namespace {
// Keep in sync with generator/clang/native.ts (CursorString, CursorRelation, CursorFlag, CursorTypeOf).
enum CursorString { kSpelling, kDisplayName, kUsr, kRawComment, kBriefComment, kKindName, kMangling };
enum CursorRelation {
  kSemanticParent, kLexicalParent, kDefinition, kReferenced, kCanonical, kSpecializedTemplate,
  kVarInitializer
};
enum CursorFlag : uint32_t {
  kStatic = 1u << 0, kConst = 1u << 1, kVirtual = 1u << 2, kPure = 1u << 3, kDefaulted = 1u << 4,
  kDeleted = 1u << 5, kDeprecated = 1u << 6, kAbstract = 1u << 7, kScopedEnum = 1u << 8,
  kVirtualBase = 1u << 9, kDefinitionFlag = 1u << 10, kVariadic = 1u << 11,
  kStaticStorage = 1u << 12, kInSystemHeader = 1u << 13, kAnonymous = 1u << 14, kFinal = 1u << 15,
  kDeclaration = 1u << 16, kInMainFile = 1u << 17
};
enum CursorTypeOf { kType, kResultType, kTypedefUnderlying, kEnumIntegerType };

int32_t Which(const Napi::CallbackInfo& info) {
  if (info.Length() < 2 || !info[1].IsNumber())
    throw Napi::TypeError::New(info.Env(), "selector must be a number");
  return info[1].As<Napi::Number>().Int32Value();
}

bool HasChildOfKind(CXCursor c, CXCursorKind kind) {
  bool found = false;
  struct Ctx { CXCursorKind kind; bool* found; } ctx{kind, &found};
  clang_visitChildren(
      c,
      [](CXCursor child, CXCursor, CXClientData data) {
        auto* ctx = static_cast<Ctx*>(data);
        if (clang_getCursorKind(child) == ctx->kind) {
          *ctx->found = true;
          return CXChildVisit_Break;
        }
        return CXChildVisit_Continue;
      },
      &ctx);
  return found;
}
}  // namespace

Napi::Value TranslationUnit::CursorKind(const Napi::CallbackInfo& info) {
  return Napi::Number::New(info.Env(), clang_getCursorKind(CursorArg(info)));
}

Napi::Value TranslationUnit::CursorStr(const Napi::CallbackInfo& info) {
  CXCursor c = CursorArg(info);
  switch (Which(info)) {
    case kSpelling: return Napi::String::New(info.Env(), Take(clang_getCursorSpelling(c)));
    case kDisplayName: return Napi::String::New(info.Env(), Take(clang_getCursorDisplayName(c)));
    case kUsr: return Napi::String::New(info.Env(), Take(clang_getCursorUSR(c)));
    case kRawComment: return Napi::String::New(info.Env(), Take(clang_Cursor_getRawCommentText(c)));
    case kBriefComment:
      return Napi::String::New(info.Env(), Take(clang_Cursor_getBriefCommentText(c)));
    case kKindName:
      return Napi::String::New(info.Env(), Take(clang_getCursorKindSpelling(clang_getCursorKind(c))));
    case kMangling: return Napi::String::New(info.Env(), Take(clang_Cursor_getMangling(c)));
  }
  throw Napi::RangeError::New(info.Env(), "unknown cursor string selector");
}

// [file, line, column] of the expansion location ("" file for builtins).
Napi::Value TranslationUnit::CursorLocation(const Napi::CallbackInfo& info) {
  CXCursor c = CursorArg(info);
  CXFile file;
  unsigned line = 0, column = 0, offset = 0;
  clang_getExpansionLocation(clang_getCursorLocation(c), &file, &line, &column, &offset);
  Napi::Array out = Napi::Array::New(info.Env(), 3);
  out.Set(0u, file ? Take(clang_getFileName(file)) : "");
  out.Set(1u, static_cast<double>(line));
  out.Set(2u, static_cast<double>(column));
  return out;
}

Napi::Value TranslationUnit::CursorRelated(const Napi::CallbackInfo& info) {
  CXCursor c = CursorArg(info);
  CXCursor r;
  switch (Which(info)) {
    case kSemanticParent: r = clang_getCursorSemanticParent(c); break;
    case kLexicalParent: r = clang_getCursorLexicalParent(c); break;
    case kDefinition: r = clang_getCursorDefinition(c); break;
    case kReferenced: r = clang_getCursorReferenced(c); break;
    case kCanonical: r = clang_getCanonicalCursor(c); break;
    case kSpecializedTemplate: r = clang_getSpecializedCursorTemplate(c); break;
    case kVarInitializer: r = clang_Cursor_getVarDeclInitializer(c); break;
    default: throw Napi::RangeError::New(info.Env(), "unknown cursor relation");
  }
  if (clang_isInvalid(clang_getCursorKind(r))) return Napi::Number::New(info.Env(), -1);
  return Napi::Number::New(info.Env(), AddCursor(r));
}

Napi::Value TranslationUnit::CursorChildren(const Napi::CallbackInfo& info) {
  CXCursor c = CursorArg(info);
  std::vector<CXCursor> kids;
  clang_visitChildren(
      c,
      [](CXCursor child, CXCursor, CXClientData data) {
        static_cast<std::vector<CXCursor>*>(data)->push_back(child);
        return CXChildVisit_Continue;
      },
      &kids);
  Napi::Int32Array out = Napi::Int32Array::New(info.Env(), kids.size());
  for (size_t i = 0; i < kids.size(); ++i) out[i] = AddCursor(kids[i]);
  return out;
}

Napi::Value TranslationUnit::CursorFlags(const Napi::CallbackInfo& info) {
  CXCursor c = CursorArg(info);
  CXCursorKind kind = clang_getCursorKind(c);
  uint32_t f = 0;
  bool method = kind == CXCursor_CXXMethod || kind == CXCursor_FunctionTemplate ||
                kind == CXCursor_Constructor || kind == CXCursor_Destructor ||
                kind == CXCursor_ConversionFunction;
  if (method) {
    if (clang_CXXMethod_isStatic(c)) f |= kStatic;
    if (clang_CXXMethod_isConst(c)) f |= kConst;
    if (clang_CXXMethod_isVirtual(c)) f |= kVirtual;
    if (clang_CXXMethod_isPureVirtual(c)) f |= kPure;
    if (clang_CXXMethod_isDefaulted(c)) f |= kDefaulted;
    if (HasChildOfKind(c, CXCursor_CXXFinalAttr)) f |= kFinal;
  }
  CXAvailabilityKind avail = clang_getCursorAvailability(c);
  if (avail == CXAvailability_NotAvailable) f |= kDeleted;
  if (avail == CXAvailability_Deprecated) f |= kDeprecated;
  if (kind == CXCursor_ClassDecl || kind == CXCursor_StructDecl ||
      kind == CXCursor_ClassTemplate || kind == CXCursor_ClassTemplatePartialSpecialization) {
    if (clang_CXXRecord_isAbstract(c)) f |= kAbstract;
    if (HasChildOfKind(c, CXCursor_CXXFinalAttr)) f |= kFinal;
  }
  if (kind == CXCursor_EnumDecl && clang_EnumDecl_isScoped(c)) f |= kScopedEnum;
  if (kind == CXCursor_CXXBaseSpecifier && clang_isVirtualBase(c)) f |= kVirtualBase;
  if (clang_isCursorDefinition(c)) f |= kDefinitionFlag;
  if (clang_isDeclaration(kind)) f |= kDeclaration;
  if (clang_Cursor_isVariadic(c)) f |= kVariadic;
  if (clang_Cursor_getStorageClass(c) == CX_SC_Static) f |= kStaticStorage;
  CXSourceLocation loc = clang_getCursorLocation(c);
  if (clang_Location_isInSystemHeader(loc)) f |= kInSystemHeader;
  if (clang_Location_isFromMainFile(loc)) f |= kInMainFile;
  if (clang_isDeclaration(kind) && clang_Cursor_isAnonymous(c)) f |= kAnonymous;
  return Napi::Number::New(info.Env(), f);
}

Napi::Value TranslationUnit::CursorAccess(const Napi::CallbackInfo& info) {
  return Napi::Number::New(info.Env(), clang_getCXXAccessSpecifier(CursorArg(info)));
}

Napi::Value TranslationUnit::CursorType(const Napi::CallbackInfo& info) {
  CXCursor c = CursorArg(info);
  CXType t;
  switch (Which(info)) {
    case kType: t = clang_getCursorType(c); break;
    case kResultType: t = clang_getCursorResultType(c); break;
    case kTypedefUnderlying: t = clang_getTypedefDeclUnderlyingType(c); break;
    case kEnumIntegerType: t = clang_getEnumDeclIntegerType(c); break;
    default: throw Napi::RangeError::New(info.Env(), "unknown cursor type selector");
  }
  return Napi::Number::New(info.Env(), AddType(t));
}

Napi::Value TranslationUnit::CursorArguments(const Napi::CallbackInfo& info) {
  CXCursor c = CursorArg(info);
  int n = clang_Cursor_getNumArguments(c);
  Napi::Int32Array out = Napi::Int32Array::New(info.Env(), n < 0 ? 0 : n);
  for (int i = 0; i < n; ++i) out[i] = AddCursor(clang_Cursor_getArgument(c, i));
  return out;
}

// [{ kind, type, value }] for a template specialization cursor.
Napi::Value TranslationUnit::CursorTemplateArguments(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  CXCursor c = CursorArg(info);
  int n = clang_Cursor_getNumTemplateArguments(c);
  Napi::Array out = Napi::Array::New(env, n < 0 ? 0 : n);
  for (int i = 0; i < n; ++i) {
    Napi::Object a = Napi::Object::New(env);
    CXTemplateArgumentKind k = clang_Cursor_getTemplateArgumentKind(c, i);
    a.Set("kind", static_cast<double>(k));
    a.Set("type", static_cast<double>(AddType(clang_Cursor_getTemplateArgumentType(c, i))));
    if (k == CXTemplateArgumentKind_Integral)
      a.Set("value", static_cast<double>(clang_Cursor_getTemplateArgumentValue(c, i)));
    out.Set(static_cast<uint32_t>(i), a);
  }
  return out;
}

// Number when exactly representable, otherwise BigInt.
Napi::Value TranslationUnit::EnumConstantValue(const Napi::CallbackInfo& info) {
  CXCursor c = CursorArg(info);
  CXType intType = clang_getEnumDeclIntegerType(clang_getCursorSemanticParent(c));
  CXType canon = clang_getCanonicalType(intType);
  bool isUnsigned = canon.kind == CXType_UInt || canon.kind == CXType_ULong ||
                    canon.kind == CXType_ULongLong || canon.kind == CXType_UShort ||
                    canon.kind == CXType_UChar || canon.kind == CXType_Char_U ||
                    canon.kind == CXType_Bool;
  if (isUnsigned) {
    unsigned long long v = clang_getEnumConstantDeclUnsignedValue(c);
    if (v <= (1ull << 53)) return Napi::Number::New(info.Env(), static_cast<double>(v));
    return Napi::BigInt::New(info.Env(), static_cast<uint64_t>(v));
  }
  long long v = clang_getEnumConstantDeclValue(c);
  if (std::llabs(v) <= (1ll << 53)) return Napi::Number::New(info.Env(), static_cast<double>(v));
  return Napi::BigInt::New(info.Env(), static_cast<int64_t>(v));
}

// Token spellings of the cursor's source extent.
Napi::Value TranslationUnit::CursorTokens(const Napi::CallbackInfo& info) {
  CXCursor c = CursorArg(info);
  CXToken* tokens = nullptr;
  unsigned n = 0;
  clang_tokenize(Raw(), clang_getCursorExtent(c), &tokens, &n);
  Napi::Array out = Napi::Array::New(info.Env(), n);
  for (unsigned i = 0; i < n; ++i) out.Set(i, Take(clang_getTokenSpelling(Raw(), tokens[i])));
  if (tokens) clang_disposeTokens(Raw(), tokens, n);
  return out;
}

Napi::Value TranslationUnit::CursorEquals(const Napi::CallbackInfo& info) {
  return Napi::Boolean::New(info.Env(), clang_equalCursors(CursorArg(info, 0), CursorArg(info, 1)));
}

}  // namespace clangts
