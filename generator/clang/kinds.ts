/** libclang's cursor, type, access and template-argument kinds used by the generator (values from clang-c/Index.h). */

/** `CXCursorKind` values. */
export enum CursorKind {
  UnexposedDecl = 1, StructDecl = 2, UnionDecl = 3, ClassDecl = 4, EnumDecl = 5, FieldDecl = 6,
  EnumConstantDecl = 7, FunctionDecl = 8, VarDecl = 9, ParmDecl = 10, TypedefDecl = 20,
  CXXMethod = 21, Namespace = 22, LinkageSpec = 23, Constructor = 24, Destructor = 25,
  ConversionFunction = 26, TemplateTypeParameter = 27, NonTypeTemplateParameter = 28,
  TemplateTemplateParameter = 29, FunctionTemplate = 30, ClassTemplate = 31,
  ClassTemplatePartialSpecialization = 32, NamespaceAlias = 33, UsingDirective = 34,
  UsingDeclaration = 35, TypeAliasDecl = 36, CXXAccessSpecifier = 39, TypeRef = 43,
  CXXBaseSpecifier = 44, TemplateRef = 45, NamespaceRef = 46, MemberRef = 47,
  FirstExpr = 100, DeclRefExpr = 101, LastExpr = 152, FirstStmt = 200,
  TranslationUnit = 300, FirstAttr = 400, CXXFinalAttr = 404, CXXOverrideAttr = 405,
  AnnotateAttr = 406, LastAttr = 441, TypeAliasTemplateDecl = 601, StaticAssert = 602,
  FriendDecl = 603,
}

/** `CXTypeKind` values. */
export enum TypeKind {
  Invalid = 0, Unexposed = 1, Void = 2, Bool = 3, Char_U = 4, UChar = 5, Char16 = 6, Char32 = 7,
  UShort = 8, UInt = 9, ULong = 10, ULongLong = 11, UInt128 = 12, Char_S = 13, SChar = 14,
  WChar = 15, Short = 16, Int = 17, Long = 18, LongLong = 19, Int128 = 20, Float = 21,
  Double = 22, LongDouble = 23, NullPtr = 24, Overload = 25, Dependent = 26, Float128 = 30,
  Half = 31, Complex = 100, Pointer = 101, BlockPointer = 102, LValueReference = 103,
  RValueReference = 104, Record = 105, Enum = 106, Typedef = 107, FunctionNoProto = 110,
  FunctionProto = 111, ConstantArray = 112, Vector = 113, IncompleteArray = 114,
  VariableArray = 115, DependentSizedArray = 116, MemberPointer = 117, Auto = 118,
  Elaborated = 119, Attributed = 163,
}

/** `CX_CXXAccessSpecifier` values. */
export enum Access { Invalid = 0, Public = 1, Protected = 2, Private = 3 }

/** `CXTemplateArgumentKind` values. */
export enum TemplateArgumentKind {
  Null = 0, Type = 1, Declaration = 2, NullPtr = 3, Integral = 4, Template = 5,
  TemplateExpansion = 6, Expression = 7, Pack = 8, Invalid = 9,
}

/** `CXDiagnosticSeverity` values. */
export enum Severity { Ignored = 0, Note = 1, Warning = 2, Error = 3, Fatal = 4 }

/** `CXTranslationUnit_Flags` bits used by {@link TranslationUnit.parse}. */
export const ParseFlag = {
  DetailedPreprocessingRecord: 0x01,
  Incomplete: 0x02,
  SkipFunctionBodies: 0x40,
  IncludeBriefCommentsInCodeCompletion: 0x80,
  KeepGoing: 0x200,
} as const;

/** True for expression kinds (a parameter's default value, an initializer). */
export function isExpression(kind: number): boolean {
  return kind >= CursorKind.FirstExpr && kind <= CursorKind.LastExpr;
}

/** True for attribute kinds. */
export function isAttribute(kind: number): boolean {
  return kind >= CursorKind.FirstAttr && kind <= CursorKind.LastAttr;
}
