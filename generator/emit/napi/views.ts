/** View models of the generated glue: every name and code snippet is computed here; templates only print. */
import type { ValueClassView } from './valueClassView.js';

/** One C++ function registered on the addon's exports under `name`, for one argument count. */
export interface NativeFnView {
  /** C++ identifier and JS key: `Vector3$dotProduct$0$1` (class, method, overload, argument count). */
  name: string;
  /** `Vector3.dotProduct`, for errors. */
  where: string;
  /** C++ statements: read registers and napi arguments, call, store or return the result. */
  body: string[];
  /** How many napi arguments it takes (the rest travel in registers). */
  argc: number;
}

/** One call in a JS overload for an exact argument count: register stores, the native call, `r = result`. */
export interface JsCallView { n: number; code: string }

/** One overload in a JS dispatcher. */
export interface JsOverloadView {
  /** The overload's position in the one overload order (the typings' order); a converting retry repeats it. */
  index: number;
  /** JS condition selecting this overload. */
  test: string;
  /** Statements run once it is chosen (validation). */
  validate: string[];
  /** Calls by argument count (defaults make several). */
  calls: JsCallView[];
  /** Statements after the call, given result `r` (keep-alive). */
  after: string[];
  /** JS result expression over `r`. */
  result: string;
}

/** One TypeScript overload signature with its JSDoc. */
export interface TsSignatureView {
  params: { name: string; type: string; optional: boolean; doc: string }[];
  /** Result type ('' for constructors). */
  returns: string;
  /** Brief and details. */
  doc: string;
  returnsDoc: string;
  deprecated: string | null;
}

/** A JS method, static method or constructor with its overloads. */
export interface JsMethodView {
  jsName: string;
  /** `Vector3.dotProduct`. */
  where: string;
  isStatic: boolean;
  /** Parameter names of the widest overload (`a0, a1 …`). */
  params: string;
  overloads: JsOverloadView[];
  /** Candidate signatures for the TypeError (written to `<module>.signatures.json`, read on the first error). */
  signatures: string[];
  /** The overloads as TypeScript sees them. */
  ts: TsSignatureView[];
  /** A JS base class has a method of this name: calls no overload here accepts go to it. */
  inherited?: boolean;
  /** Else a secondary base (mixed in) with a method of this name: calls no overload here accepts go to it. */
  mixedFrom?: string;
  /** Every overload is a pure virtual method of this (abstract) class: `abstract` in the typings. */
  isAbstract?: boolean;
}

/** A field or static member exposed as accessors. */
export interface JsAccessorView {
  jsName: string;
  isStatic: boolean;
  /** TypeScript type of the value read (and written, unless tsSetType says otherwise). */
  tsType: string;
  tsSetType?: string;
  doc: string;
  get: string;
  /** Setter body over `v`, or empty for read-only. */
  set: string[];
}

/** A nested enum or constant on a class: `static AU_DEGREE = 1`. */
export interface JsStaticValueView {
  jsName: string;
  value: string;
  /** `enum` for a nested enum object (typed by its constants), else the TypeScript type. */
  tsType: string;
  /** Nested enums: their constants, for the typings. */
  constants?: { name: string; value: string }[];
}

/** A member written in JS (spec-given): its source and its TypeScript signature. */
export interface JsMemberView {
  jsName: string;
  /** The member as it appears in a class body (`async *frames(max = Infinity) { … }`). */
  code: string;
  ts: TsSignatureView[];
}

/** The trampoline of a director class and the JS side that routes C++ calls to JS overrides. */
export interface DirectorView {
  /** The C++ trampoline struct (`Director_FrameListener`). */
  name: string;
  /** The C++ class it derives from. */
  base: string;
  jsName: string;
  /** Name of its static rt::DirectorClass (the JS thunks' references). */
  classVar: string;
  /** Native connecting a new C++ object to its JS object. */
  bind: string;
  /** C++ overrides: signature (with `override`) and body. */
  methods: { signature: string; body: string[] }[];
  /** JS names of the overridable methods (a JSON array), by method index. */
  names: string;
  /** JS thunk function expressions, by method index. */
  thunks: string[];
  /** Virtual methods JS cannot override (a type without a map), by id. */
  skipped: string[];
  /** JS names of overridable methods with out-parameters (an override may return nothing). */
  withOuts: string[];
}

/** One bound class. */
export interface ClassView {
  id: string;
  cpp: string;
  jsName: string;
  /** JS base class (`rt.NativeObject` at the root, `rt.Value` for value classes). */
  jsBase: string;
  /** A value class: its fields in JS (see valueClassView.ts), else null. */
  value: ValueClassView | null;
  /** How toString() passes `this` to its native. */
  selfArg: string;
  doc: string;
  constructor: JsMethodView | null;
  /** Native deleter registered for owned objects, or '' when JS may not delete. */
  deleter: string;
  methods: JsMethodView[];
  accessors: JsAccessorView[];
  statics: JsStaticValueView[];
  /** Has a toString(): gets Node's inspect output from it. */
  hasToString: boolean;
  /** toString() comes from operator<< (a native), not from a method. */
  printable: boolean;
  /** Bound bases after the first: their methods are mixed in, `instanceof` answers true. */
  secondaryBases: string[];
  /** Native returning each bound ancestor's subobject offset, or ''. */
  offsets: string;
  /** Position in the module (the RTTI table's value). */
  index: number;
  /** Has virtual functions: registered in the RTTI table. */
  polymorphic: boolean;
  /** Canonical ids of the classes and enums its bound functions use (their headers are included). */
  uses: string[];
  /** Extra headers its functions' extras name (`FunctionExtras.includes`). */
  headers: string[];
  natives: NativeFnView[];
  /** A director class: its trampoline, and the static `$director` constructor JS subclasses go through. */
  director: DirectorView | null;
  directorNew: JsMethodView | null;
  /** An abstract class: the JS names of its unimplemented pure virtual methods (null: not abstract). */
  pureVirtuals: string[] | null;
  /** The TypeError message (a JS string literal) for `new` of this class itself when JS cannot construct it. */
  refusal: string;
  /** Members written in JS. */
  jsMembers: JsMemberView[];
}

/** One bound enum (namespace-level; class-level enums become statics). */
export interface EnumView {
  /** '' for an anonymous enum: only its flat constants exist. */
  jsName: string;
  doc: string;
  /** Also export each constant at module level (unscoped enums, as in C++). */
  flat: boolean;
  /** Its constants (values: JS number literals, for the typings). */
  constants: { name: string; value: string }[];
  /** The JS expression making its class (`rt.defineEnum(…)`); '' for an anonymous enum. */
  definition: string;
  /** The module-level constants of a flat enum: its members (`PixelFormat.PF_L8`), or numbers for an anonymous one. */
  flatConstants: { name: string; value: string }[];
}

/** The free functions of one C++ namespace. */
export interface FunctionGroupView {
  /** C++ namespace (`Ogre`, `ImGui`). */
  cpp: string;
  /** JS holder: the exported namespace object (`ImGui`), or an internal one (`Ogre$functions`) for flat groups. */
  jsName: string;
  /** Each function is exported at module level (`Ogre.FastHash`) instead of through the holder. */
  flat: boolean;
  doc: string;
  /** Header of its first function (names its translation unit). */
  file: string;
  methods: JsMethodView[];
  natives: NativeFnView[];
  uses: string[];
  /** Extra headers its preconditions need. */
  headers: string[];
  /** The functions' JS names, comma-separated (the flat exports). */
  names: string;
}

/** A module-level constant read once at load: a constant macro or a namespace variable (`Ogre.BLANKSTRING`). */
export interface ValueView {
  jsName: string;
  /** C++ statement adding it to the object `o` (`env` in scope). */
  set: string;
  /** Macro name to test with `#ifdef`, or ''. */
  guard: string;
  /** The JS value from the object's property `V.<jsName>` (an enum's constant maps to its instance). */
  read: string;
  tsType: string;
  doc: string;
}

/** A group of classes (or a namespace's functions) compiled in one translation unit. */
export interface UnitView {
  file: string;
  registerName: string;
  /** The headers declaring its classes (each unit includes only these). */
  headers: string[];
  /** Some class of it is a director (the unit includes the runtime's director header). */
  directors: boolean;
  classes: Pick<ClassView, 'cpp' | 'jsName' | 'natives' | 'director'>[];
}

/** Everything emitted for one module. */
export interface ModuleView {
  name: string;
  /** The first line of every generated file (`// @generated by ogre-bindgen from … Do not edit.`). */
  generatedLine: string;
  /** Headers every unit includes (runtime parts the spec names). */
  includes: string[];
  /** Value classes' load/store functions (values.h), the headers they need, module.cpp's offset instantiations. */
  valueHeader: string[];
  valueIncludes: string[];
  valueOffsets: string[];
  /** Every bound class's header: only module.cpp includes them all (for the RTTI table). */
  headers: string[];
  units: UnitView[];
  /** Classes in base-before-derived order, for the JS file. */
  classes: ClassView[];
  enums: EnumView[];
  /** Free functions by namespace. */
  functionGroups: FunctionGroupView[];
  /** Constant macros and namespace variables. */
  values: ValueView[];
  /** Second names of classes (`HardwareCounterBufferPtr` for `HardwareCounterBuffer`), with the reason. */
  aliases: { jsName: string; target: string; doc: string }[];
  /** JS error class for engine exceptions. */
  errorClass: string;
  /** Its subclasses, chosen by the engine exception's class (`type`) or error number. */
  errorSubclasses: { name: string; number: number }[];
  /** Name of the object with `throwException(number, description, …)`, or ''. */
  errorFactory: string;
  /** C++ catch clauses turning engine exceptions into JS errors. */
  catchClauses: string[];
  /**
   * Each other module's names (classes, enums, constants, functions), re-exported by its own file
   * (`ogre-napi/Bites`) and, when `nested`, as `Ogre.Bites`.
   */
  namespaces: { name: string; members: string[]; nested: boolean }[];
  /** C++ condition for finalizers of engine objects ('' = always). */
  finalizeWhile: string;
  /** Names of skipped declarations with reasons. */
  skipped: { id: string; reason: string }[];
}
