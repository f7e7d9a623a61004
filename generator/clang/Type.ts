/** A libclang type: kind, spelling, qualifiers and the types it is built from. */
import { type NativeTranslationUnit, TypeFlag, TypeRelation, TypeString } from './native.js';
import { TypeKind } from './kinds.js';
import type { Cursor } from './Cursor.js';

/** A type inside a {@link TranslationUnit}; valid until the unit is disposed. */
export class Type {
  /** @internal */
  constructor(
    private readonly tu: NativeTranslationUnit,
    /** @internal handle into the unit's type table */
    readonly handle: number,
    private readonly makeCursor: (handle: number) => Cursor | null,
  ) {}

  private related(which: TypeRelation): Type | null {
    const h = this.tu.typeRelated(this.handle, which);
    return h < 0 ? null : new Type(this.tu, h, this.makeCursor);
  }

  private flagBits = -1;
  /** All qualifier facts come from one native call, made on first use. */
  private flags(): number {
    if (this.flagBits < 0) this.flagBits = this.tu.typeFlags(this.handle);
    return this.flagBits;
  }

  /** The type's kind (`TypeKind.Pointer`, `TypeKind.Record` …). */
  get kind(): TypeKind { return this.tu.typeKind(this.handle); }
  /** libclang's name for the kind, for messages. */
  get kindName(): string { return this.tu.typeStr(this.handle, TypeString.KindName); }
  /** The type as written, with qualifiers: `const Ogre::Vector3 &`. */
  get spelling(): string { return this.tu.typeStr(this.handle, TypeString.Spelling); }
  /** For a typedef type, the typedef's name. */
  get typedefName(): string { return this.tu.typeStr(this.handle, TypeString.TypedefName); }
  /** The type with every typedef and elaboration resolved. */
  get canonical(): Type { return this.related(TypeRelation.Canonical) ?? this; }
  /** What a pointer or reference points to. */
  get pointee(): Type | null { return this.related(TypeRelation.Pointee); }
  /** The result type of a function type. */
  get result(): Type | null { return this.related(TypeRelation.Result); }
  /** The element type of an array. */
  get element(): Type | null { return this.related(TypeRelation.Element); }
  /** For an elaborated type (`Ogre::Vector3` written with a qualifier), the named type. */
  get named(): Type | null { return this.related(TypeRelation.Named); }
  /** `const`-qualified. */
  get isConst(): boolean { return (this.flags() & TypeFlag.Const) !== 0; }
  /** `volatile`-qualified. */
  get isVolatile(): boolean { return (this.flags() & TypeFlag.Volatile) !== 0; }
  /** A plain-old-data type. */
  get isPod(): boolean { return (this.flags() & TypeFlag.Pod) !== 0; }
  /** An lvalue reference (`T&`). */
  get isLValueReference(): boolean { return this.kind === TypeKind.LValueReference; }
  /** An rvalue reference (`T&&`). */
  get isRValueReference(): boolean { return this.kind === TypeKind.RValueReference; }
  /** Identity of the type within its unit: equal keys mean the same type (sugar and qualifiers included). */
  get key(): number { return this.tu.typeKey(this.handle); }
  /** `sizeof` in bytes, or null when the type has no size (incomplete, dependent). */
  get size(): number | null {
    const n = this.tu.typeSize(this.handle);
    return n < 0 ? null : n;
  }
  /** The declaration of a record, enum or typedef type. */
  get declaration(): Cursor | null { return this.makeCursor(this.tu.typeDeclaration(this.handle)); }
  /** Template arguments of a specialization type; `null` entries are non-type arguments. */
  get templateArguments(): (Type | null)[] {
    return Array.from(this.tu.typeTemplateArguments(this.handle), (h) =>
      h < 0 ? null : new Type(this.tu, h, this.makeCursor));
  }
  /** Parameter types of a function type. */
  get argumentTypes(): Type[] {
    return Array.from(this.tu.typeArguments(this.handle), (h) => new Type(this.tu, h, this.makeCursor));
  }

  /** For messages and debugging. */
  toString(): string { return this.spelling; }
}
