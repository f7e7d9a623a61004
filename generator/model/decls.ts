/** IR declarations: plain, JSON-serialisable records that refer to each other by id. */
import type { TypeRef } from './types.js';

/** C++ access. */
export type AccessLevel = 'public' | 'protected' | 'private';

/** Where a declaration is: `file` relative to its module's include root. */
export interface SourceRef { file: string; line: number }

/** A Doxygen comment, taken apart. */
export interface Doc {
  /** First paragraph or `@brief`. */
  brief: string;
  /** The description without the brief and the tags. */
  details?: string;
  /** `@param name text`, by parameter name. */
  params?: Record<string, string>;
  /** `@return` / `@returns`. */
  returns?: string;
  /** `@deprecated` text. */
  deprecated?: string;
  /** The comment as written. */
  raw: string;
}

/** Fields every declaration has. */
export interface DeclBase {
  /** Unique in the model: qualified name, plus signature for functions. */
  id: string;
  /** Unqualified name. */
  name: string;
  /** Id of the enclosing namespace or class; '' at global scope. */
  parent: string;
  /** Module (OgreMain, Bites, RTShader, Overlay …) whose headers declare it. */
  module: string;
  location: SourceRef;
  doc?: Doc;
  access?: AccessLevel;
  deprecated?: true;
  /** The name JS sees when it differs from `name`: set by rename and instantiate rules (`OgreException`, `Vector3`). */
  jsName?: string;
}

/** A namespace; its declarations name it as their `parent`. */
export interface NamespaceDecl extends DeclBase { kind: 'namespace' }

/** A function parameter. */
export interface Param {
  name: string;
  type: TypeRef;
  /** The default argument as written (`PF_BYTE_RGB`, `Vector3::ZERO`), absent when none. */
  default?: string;
}

/** A free function, member function, constructor or conversion operator. */
export interface FunctionDecl extends DeclBase {
  kind: 'function' | 'method' | 'constructor' | 'conversion';
  params: Param[];
  returns: TypeRef;
  /** For `operator+` and friends: the operator symbol (`+`, `[]`, `==`, `<<`). */
  operator?: string;
  static?: true;
  const?: true;
  virtual?: true;
  pure?: true;
  deleted?: true;
  defaulted?: true;
  variadic?: true;
  /** Free functions not defined in the header: the linker symbol (bound only when the library exports it). */
  symbol?: string;
  /** Constructors: `explicit`. */
  explicit?: true;
  /** Added by an extend rule, not declared in the headers: the C++ body, using `self` for the object. */
  extension?: { body: string };
  /** Who owns the returned object: `borrowed` (never deleted by us), `owned` (the wrapper deletes it), `shared` (reference-counted). */
  ownership?: 'borrowed' | 'owned' | 'shared';
  /** A factory of a factory/destroy pair: the class it creates and the qualified name of the function that destroys it. */
  factoryOf?: { class: string; destroy: string };
  /** A destroy function of a factory/destroy pair: the class it destroys and the qualified name of its factory; the argument's wrapper is dead after the call. */
  destroys?: { class: string; factory: string };
  /** Names of parameters whose JS value the object (`this`, or the new object for a constructor) keeps alive, because C++ keeps the pointer. */
  keepAlive?: string[];
  /** The result points into the receiver's memory: its wrapper keeps the receiver alive. */
  viewOfReceiver?: true;
  /** The result is something the receiver owns: its wrapper dies with the receiver's. */
  partOfReceiver?: true;
  /** Wrappers of these classes (ids) are dead after the call: those reached from the receiver, or all. */
  invalidates?: { classes: string[]; scope: 'receiver' | 'all' };
  /** The engine keeps argument `param` after the call: held in the receiver's `slot` (`add`), released (`remove`) or replaced (`set`). */
  holds?: { mode: 'add' | 'remove' | 'set'; slot: string; param: string };
}

/** Functions sharing a name in one scope. */
export interface OverloadSet { name: string; overloads: FunctionDecl[] }

/** A data member (or static data member, with `static`). */
export interface FieldDecl extends DeclBase {
  kind: 'field';
  type: TypeRef;
  static?: true;
  /** `const`/`constexpr` static members: the initializer as written, when visible. */
  value?: string;
  /** Static members defined out of line: the linker symbol (bound only when the library exports it). */
  symbol?: string;
}

/** A base class. */
export interface BaseRef {
  type: TypeRef;
  /** Id of the base in the model, when the model has it. */
  decl?: string;
  access: AccessLevel;
  virtual?: true;
}

/** A class, struct or union — or an instantiation of a class template reached through a typedef. */
export interface ClassDecl extends DeclBase {
  kind: 'class';
  tag: 'class' | 'struct' | 'union';
  /** Only a forward declaration was seen. */
  incomplete?: true;
  abstract?: true;
  final?: true;
  /** JS subclasses get their overrides called from C++ (a director rule names it). */
  director?: true;
  /** For an instantiation: the template's id and the arguments as written in the canonical type. */
  template?: { id: string; args: string[] };
  bases: BaseRef[];
  constructors: FunctionDecl[];
  destructor?: { access: AccessLevel; virtual?: true; deleted?: true };
  /** Member functions grouped into overload sets, in source order. */
  methods: OverloadSet[];
  fields: FieldDecl[];
  /** Ids of nested classes, enums and typedefs. */
  nested: string[];
  /** `sizeof`, when complete and not dependent. */
  size?: number;
  /** Every non-static data member in declaration order, whatever its access (value classes copy them all). */
  layout?: LayoutField[];
  /** Why a copy of this class is more than a copy of its fields (absent when it is not: see copySemantics.ts). */
  copyProblem?: string;
}

/** A non-static data member as value classes see it. */
export interface LayoutField { name: string; type: TypeRef; access: AccessLevel }

/** A class template (not itself bindable; its instantiations are {@link ClassDecl}s). */
export interface TemplateDecl extends DeclBase {
  kind: 'template';
  /** Template parameter names in order. */
  params: string[];
}

/** An enumerator. */
export interface EnumConstant {
  name: string;
  /** The value; a decimal string when it does not fit a double exactly. */
  value: number | string;
  doc?: Doc;
}

/** An enum. */
export interface EnumDecl extends DeclBase {
  kind: 'enum';
  scoped?: true;
  /** Canonical integer type. */
  underlying: string;
  constants: EnumConstant[];
  /** An unnamed enum: its constants live in the parent scope. */
  anonymous?: true;
}

/** A typedef or using-alias. */
export interface TypedefDecl extends DeclBase {
  kind: 'typedef';
  underlying: TypeRef;
  /** Written as `using X = …`. */
  using?: true;
}

/** A namespace-scope variable or constant. */
export interface VariableDecl extends DeclBase {
  kind: 'variable';
  type: TypeRef;
  /** The initializer as written, when visible. */
  value?: string;
  /** Declared `extern` here: the linker symbol (bound only when the library exports it). */
  symbol?: string;
}

/** An object-like macro with a constant value (`#define OGRE_VERSION_MAJOR 1`). */
export interface MacroDecl {
  name: string;
  module: string;
  location: { file: string; line: number };
  /** The replacement text (comments removed). */
  value: string;
  /** What the value is in JS: a string literal (or a macro naming one) or a number. */
  type?: 'string' | 'number';
  /** Defined inside `#if`: maybe not defined at all when compiled. */
  conditional?: true;
}

/** Any declaration of the model. */
export type Decl =
  | NamespaceDecl | ClassDecl | TemplateDecl | EnumDecl | TypedefDecl | FunctionDecl | VariableDecl;
