/** A libclang cursor: one node of the AST, with the declaration facts the generator reads. */
import {
  CursorFlag, CursorRelation, CursorString, CursorTypeOf, type NativeTranslationUnit,
} from './native.js';
import { Access, CursorKind, TemplateArgumentKind, isExpression } from './kinds.js';
import { Type } from './Type.js';

/** A source position; `file` is empty for builtins. */
export interface SourceLocation { file: string; line: number; column: number }

/** A template argument of a specialization: a type, an integral value, or something else. */
export interface TemplateArgument { kind: TemplateArgumentKind; type: Type | null; value?: number }

/** A cursor inside a {@link TranslationUnit}; valid until the unit is disposed. */
export class Cursor {
  /** @internal */
  constructor(
    private readonly tu: NativeTranslationUnit,
    /** @internal handle into the unit's cursor table */
    readonly handle: number,
  ) {}

  private readonly wrap = (h: number): Cursor | null => (h < 0 ? null : new Cursor(this.tu, h));
  private str(which: CursorString): string { return this.tu.cursorStr(this.handle, which); }
  private rel(which: CursorRelation): Cursor | null { return this.wrap(this.tu.cursorRelated(this.handle, which)); }
  private typeOf(which: CursorTypeOf): Type | null {
    const h = this.tu.cursorType(this.handle, which);
    return h < 0 ? null : new Type(this.tu, h, this.wrap);
  }
  private flagBits = -1;
  /** All boolean facts come from one native call, made on first use. */
  private flag(bit: number): boolean {
    if (this.flagBits < 0) this.flagBits = this.tu.cursorFlags(this.handle);
    return (this.flagBits & bit) !== 0;
  }

  /** The cursor's kind. */
  get kind(): CursorKind { return this.tu.cursorKind(this.handle); }
  /** libclang's name for the kind, for messages. */
  get kindName(): string { return this.str(CursorString.KindName); }
  /** The declared name: `loadDynamicImage`, `Vector3`, `operator+`. */
  get spelling(): string { return this.str(CursorString.Spelling); }
  /** The name with parameters or template arguments: `loadDynamicImage(uchar *, uint32, …)`. */
  get displayName(): string { return this.str(CursorString.DisplayName); }
  /** The linker symbol of a function or variable declaration (Itanium mangling), '' for others. */
  get mangling(): string { return this.str(CursorString.Mangling); }
  /** Unified Symbol Resolution: a stable id across translation units. */
  get usr(): string { return this.str(CursorString.Usr); }
  /** Where the declaration is (macro expansions map to where they are used). */
  get location(): SourceLocation {
    const [file, line, column] = this.tu.cursorLocation(this.handle);
    return { file, line, column };
  }
  /** C++ access of a member or base specifier. */
  get access(): Access { return this.tu.cursorAccess(this.handle); }
  /** The scope that owns the declaration (class or namespace). */
  get semanticParent(): Cursor | null { return this.rel(CursorRelation.SemanticParent); }
  /** The scope the declaration is written in. */
  get lexicalParent(): Cursor | null { return this.rel(CursorRelation.LexicalParent); }
  /** The defining declaration, when visible. */
  get definition(): Cursor | null { return this.rel(CursorRelation.Definition); }
  /** What a reference or expression refers to. */
  get referenced(): Cursor | null { return this.rel(CursorRelation.Referenced); }
  /** The canonical (first) declaration. */
  get canonical(): Cursor | null { return this.rel(CursorRelation.Canonical); }
  /** For a specialization or instantiation, the template it comes from. */
  get specializedTemplate(): Cursor | null { return this.rel(CursorRelation.SpecializedTemplate); }
  /** The initializer expression of a variable. */
  get initializer(): Cursor | null { return this.rel(CursorRelation.VarInitializer); }

  /** Direct children, in source order. */
  children(): Cursor[] {
    return Array.from(this.tu.cursorChildren(this.handle), (h) => new Cursor(this.tu, h));
  }
  /** Calls `fn` on each direct child; returning `false` stops the walk. */
  visit(fn: (child: Cursor) => boolean | void): void {
    for (const h of this.tu.cursorChildren(this.handle)) if (fn(new Cursor(this.tu, h)) === false) return;
  }

  /** The declared type (a function's type, a variable's type …). */
  get type(): Type | null { return this.typeOf(CursorTypeOf.Type); }
  /** A function's result type. */
  get resultType(): Type | null { return this.typeOf(CursorTypeOf.ResultType); }
  /** A typedef's or alias's underlying type. */
  get underlyingType(): Type | null { return this.typeOf(CursorTypeOf.TypedefUnderlying); }
  /** An enum's integer type. */
  get enumIntegerType(): Type | null { return this.typeOf(CursorTypeOf.EnumIntegerType); }
  /** A function's parameters. */
  get arguments(): Cursor[] {
    return Array.from(this.tu.cursorArguments(this.handle), (h) => new Cursor(this.tu, h));
  }
  /** Template arguments of a specialization cursor. */
  get templateArguments(): TemplateArgument[] {
    return this.tu.cursorTemplateArguments(this.handle).map((a) => ({
      kind: a.kind,
      type: a.type < 0 ? null : new Type(this.tu, a.type, this.wrap),
      ...(a.value === undefined ? {} : { value: a.value }),
    }));
  }
  /** An enum constant's value (BigInt when it does not fit a double exactly). */
  get enumValue(): number | bigint { return this.tu.enumConstantValue(this.handle); }

  /** Static member function. */
  get isStatic(): boolean { return this.flag(CursorFlag.Static); }
  /** `const` member function. */
  get isConst(): boolean { return this.flag(CursorFlag.Const); }
  /** Virtual member function (declared or inherited). */
  get isVirtual(): boolean { return this.flag(CursorFlag.Virtual); }
  /** Pure virtual (`= 0`). */
  get isPure(): boolean { return this.flag(CursorFlag.Pure); }
  /** `= default`. */
  get isDefaulted(): boolean { return this.flag(CursorFlag.Defaulted); }
  /** `= delete` (unavailable). */
  get isDeleted(): boolean { return this.flag(CursorFlag.Deleted); }
  /** Marked deprecated. */
  get isDeprecated(): boolean { return this.flag(CursorFlag.Deprecated); }
  /** An abstract class. */
  get isAbstract(): boolean { return this.flag(CursorFlag.Abstract); }
  /** A `final` class or method. */
  get isFinal(): boolean { return this.flag(CursorFlag.Final); }
  /** An `enum class`. */
  get isScopedEnum(): boolean { return this.flag(CursorFlag.ScopedEnum); }
  /** A `virtual` base specifier. */
  get isVirtualBase(): boolean { return this.flag(CursorFlag.VirtualBase); }
  /** The defining declaration itself. */
  get isDefinition(): boolean { return this.flag(CursorFlag.Definition); }
  /** A declaration (not a reference, expression or attribute). */
  get isDeclaration(): boolean { return this.flag(CursorFlag.Declaration); }
  /** A variadic function. */
  get isVariadic(): boolean { return this.flag(CursorFlag.Variadic); }
  /** Declared with static storage (static data members, static functions). */
  get hasStaticStorage(): boolean { return this.flag(CursorFlag.StaticStorage); }
  /** Declared in a system header. */
  get isInSystemHeader(): boolean { return this.flag(CursorFlag.InSystemHeader); }
  /** An anonymous record or namespace. */
  get isAnonymous(): boolean { return this.flag(CursorFlag.Anonymous); }

  /** Token spellings of the cursor's source text. */
  tokens(): string[] { return this.tu.cursorTokens(this.handle); }

  /** Whether a parameter has a default argument. */
  get hasDefaultArgument(): boolean {
    return this.children().some((c) => isExpression(c.kind));
  }
  /** A parameter's default argument as written (`true`, `PF_BYTE_RGB`, `Vector3::ZERO`), or null. */
  get defaultArgumentText(): string | null {
    if (!this.hasDefaultArgument) return null;
    const tokens = this.tokens();
    const eq = tokens.indexOf('=');
    return eq < 0 ? null : joinTokens(tokens.slice(eq + 1));
  }

  /** The full doc comment as written, or ''. */
  get rawComment(): string { return this.str(CursorString.RawComment); }
  /** The doc comment's first paragraph (or its `@brief`), or ''. */
  get briefComment(): string { return this.str(CursorString.BriefComment); }

  /** Same AST node. */
  equals(other: Cursor): boolean { return this.tu.cursorEquals(this.handle, other.handle); }

  /** For messages and debugging. */
  toString(): string { return `${this.kindName} ${this.spelling}`; }
}

/** Joins tokens back into readable source: `Ogre :: Vector3 :: ZERO` → `Ogre::Vector3::ZERO`. */
export function joinTokens(tokens: string[]): string {
  let out = '';
  const word = /^[\w.]/;
  for (const t of tokens) {
    const prev = out.at(-1) ?? '';
    out += out && word.test(t) && /[\w.]/.test(prev) ? ` ${t}` : t;
  }
  return out.replace(/,(?=\S)/g, ', ');
}
