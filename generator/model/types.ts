/** IR for C++ types: structured (kind, qualifiers, pointee, template arguments), never bare strings. */

/** What a {@link TypeRef} is. */
export type TypeRefKind =
  | 'void' | 'builtin' | 'nullptr'
  | 'pointer' | 'lvalue-ref' | 'rvalue-ref' | 'array' | 'member-pointer'
  | 'record' | 'enum' | 'typedef' | 'function'
  | 'template-param' | 'unexposed';

/** A C++ type as the IR sees it. */
export interface TypeRef {
  kind: TypeRefKind;
  /** As written in the header: `const Ogre::Vector3 &`. */
  spelling: string;
  /** With typedefs resolved: `const Ogre::Vector<3, float> &`. */
  canonical: string;
  const?: true;
  volatile?: true;
  /** Builtins: the canonical builtin (`unsigned char`). Records, enums, typedefs: the qualified name. */
  name?: string;
  /** Pointers, references, arrays: what they point to or hold. */
  pointee?: TypeRef;
  /** Constant arrays: the element count. */
  arraySize?: number;
  /** Template arguments of a specialization: types as TypeRef, non-type arguments as their text. */
  templateArgs?: (TypeRef | string)[];
  /** Id of the model declaration this names (class, enum or typedef), when the model has it. */
  decl?: string;
  /**
   * Typedefs of template specializations (`StringVector`, `MaterialPtr`): the canonical type's
   * structure, so type maps can see the element or pointee types.
   */
  target?: TypeRef;
  /**
   * Pointer results the spec knows are never null (OGRE throws instead, or the object always exists):
   * the emitter sets it from the nullability rules, and type maps leave `| null` out of the TypeScript type.
   */
  nonNull?: true;
  /** Functions: result and parameter types. */
  result?: TypeRef;
  params?: TypeRef[];
}
