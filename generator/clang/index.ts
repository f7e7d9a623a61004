/** clang-ts: a typed TypeScript API over libclang's C API — the only module that touches libclang. */
export { TranslationUnit, ParseError, type Diagnostic, type ParseOptions } from './TranslationUnit.js';
export { Cursor, joinTokens, type SourceLocation, type TemplateArgument } from './Cursor.js';
export { Type } from './Type.js';
export { CursorKind, TypeKind, Access, TemplateArgumentKind, Severity, isExpression, isAttribute } from './kinds.js';
