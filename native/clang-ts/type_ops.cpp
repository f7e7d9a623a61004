// clang-ts native side: queries on types.
#include "translation_unit.h"

namespace clangts {

namespace {
// Keep in sync with generator/clang/native.ts (TypeString, TypeRelation, TypeFlag).
enum TypeString { kSpelling, kKindName, kTypedefName };
enum TypeRelation {
  kCanonical, kPointee, kResult, kElement, kNamed, kClass, kModifiedOrSelf
};
enum TypeFlag : uint32_t {
  kConst = 1u << 0, kVolatile = 1u << 1, kRestrict = 1u << 2, kPod = 1u << 3, kVariadic = 1u << 4
};

int32_t Which(const Napi::CallbackInfo& info) {
  if (info.Length() < 2 || !info[1].IsNumber())
    throw Napi::TypeError::New(info.Env(), "selector must be a number");
  return info[1].As<Napi::Number>().Int32Value();
}
}  // namespace

Napi::Value TranslationUnit::TypeKind(const Napi::CallbackInfo& info) {
  return Napi::Number::New(info.Env(), TypeArg(info).kind);
}

Napi::Value TranslationUnit::TypeStr(const Napi::CallbackInfo& info) {
  CXType t = TypeArg(info);
  switch (Which(info)) {
    case kSpelling: return Napi::String::New(info.Env(), Take(clang_getTypeSpelling(t)));
    case kKindName: return Napi::String::New(info.Env(), Take(clang_getTypeKindSpelling(t.kind)));
    case kTypedefName: return Napi::String::New(info.Env(), Take(clang_getTypedefName(t)));
  }
  throw Napi::RangeError::New(info.Env(), "unknown type string selector");
}

Napi::Value TranslationUnit::TypeRelated(const Napi::CallbackInfo& info) {
  CXType t = TypeArg(info);
  CXType r;
  switch (Which(info)) {
    case kCanonical: r = clang_getCanonicalType(t); break;
    case kPointee: r = clang_getPointeeType(t); break;
    case kResult: r = clang_getResultType(t); break;
    case kElement: r = clang_getElementType(t); break;
    case kNamed: r = clang_Type_getNamedType(t); break;
    case kClass: r = clang_Type_getClassType(t); break;
    case kModifiedOrSelf: r = clang_Type_getModifiedType(t); break;
    default: throw Napi::RangeError::New(info.Env(), "unknown type relation");
  }
  return Napi::Number::New(info.Env(), AddType(r));
}

Napi::Value TranslationUnit::TypeFlags(const Napi::CallbackInfo& info) {
  CXType t = TypeArg(info);
  uint32_t f = 0;
  if (clang_isConstQualifiedType(t)) f |= kConst;
  if (clang_isVolatileQualifiedType(t)) f |= kVolatile;
  if (clang_isRestrictQualifiedType(t)) f |= kRestrict;
  if (clang_isPODType(t)) f |= kPod;
  if (clang_isFunctionTypeVariadic(t)) f |= kVariadic;
  return Napi::Number::New(info.Env(), f);
}

Napi::Value TranslationUnit::TypeDeclaration(const Napi::CallbackInfo& info) {
  CXCursor d = clang_getTypeDeclaration(TypeArg(info));
  if (clang_isInvalid(clang_getCursorKind(d))) return Napi::Number::New(info.Env(), -1);
  return Napi::Number::New(info.Env(), AddCursor(d));
}

// Handles of the type's template arguments (-1 for non-type arguments).
Napi::Value TranslationUnit::TypeTemplateArguments(const Napi::CallbackInfo& info) {
  CXType t = TypeArg(info);
  int n = clang_Type_getNumTemplateArguments(t);
  Napi::Int32Array out = Napi::Int32Array::New(info.Env(), n < 0 ? 0 : n);
  for (int i = 0; i < n; ++i) out[i] = AddType(clang_Type_getTemplateArgumentAsType(t, i));
  return out;
}

// An identity for the type: equal for the same (sugared, qualified) type within the unit, so the
// generator can convert each distinct type once. The QualType pointer with its qualifier bits.
Napi::Value TranslationUnit::TypeKey(const Napi::CallbackInfo& info) {
  CXType t = TypeArg(info);
  return Napi::Number::New(info.Env(), static_cast<double>(reinterpret_cast<uintptr_t>(t.data[0])));
}

// sizeof in bytes, or a negative CXTypeLayoutError.
Napi::Value TranslationUnit::TypeSize(const Napi::CallbackInfo& info) {
  return Napi::Number::New(info.Env(), static_cast<double>(clang_Type_getSizeOf(TypeArg(info))));
}

// Parameter types of a function type.
Napi::Value TranslationUnit::TypeArguments(const Napi::CallbackInfo& info) {
  CXType t = TypeArg(info);
  int n = clang_getNumArgTypes(t);
  Napi::Int32Array out = Napi::Int32Array::New(info.Env(), n < 0 ? 0 : n);
  for (int i = 0; i < n; ++i) out[i] = AddType(clang_getArgType(t, i));
  return out;
}

}  // namespace clangts
