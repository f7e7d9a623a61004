/** The type-map contract: one entry per C++ type family drives the C++ glue, the JS checks and the `.d.ts`. */
import type { TypeRef } from '../model/index.js';
import type { ValueLayout } from './valueLayout.js';

/** A bound class as type maps see it. */
export interface BoundClass {
  /** Canonical C++ id (`Ogre::Vector<3, float>`). */
  id: string;
  /** JS class name (`Vector3`). */
  jsName: string;
  /** C++ spelling usable in generated code (`Ogre::Vector<3, float>`). */
  cpp: string;
  /** Can be copied (has an accessible copy constructor), so by-value results can be owned by JS. */
  copyable: boolean;
  /** Has virtual functions: pointers to it are wrapped as their most-derived bound class (RTTI). */
  polymorphic: boolean;
  /** A value class (the spec names it): JS holds its fields, registers carry them (see valueLayout.ts). */
  value?: ValueLayout;
}

/** A bound enum as type maps see it. */
export interface BoundEnum {
  jsName: string;
  cpp: string;
  /** Smallest and largest accepted value (for flag enums, the largest is every flag or'ed). */
  min: number;
  max: number;
  /** Its constants are bits meant to be or'ed: the typings take plain numbers (combinations) for it too. */
  flags: boolean;
}

/**
 * Class templates and signatures of a binding's own libraries that join the families the built-in
 * type maps handle (the emission spec's `families`): the generator itself knows only the standard ones.
 */
export interface TypeFamilies {
  /** Shared-pointer class templates besides `std::shared_ptr` (`Ogre::SharedPtr`). */
  sharedPointers?: readonly string[];
  /** Sequence class templates besides the standard containers (`Ogre::HashedVector`). */
  sequences?: readonly string[];
  /**
   * Getters C++ calls during the call, with a user-data pointer after them: by the function
   * pointer's canonical spelling, the JS function's type and the runtime trampoline that calls it.
   */
  callbacks?: Readonly<Record<string, { ts: string; trampoline: string }>>;
  /**
   * Classes a shared pointer owns though C++ also hands out plain pointers to them (OGRE's resources,
   * held by their manager): by base class, the C++ function giving the owning shared pointer of such a
   * pointer (empty when nothing owns it). `returns: 'shared'` results are wrapped through it.
   */
  sharedOwners?: Readonly<Record<string, string>>;
}

/** True when `name` (canonical) is a specialization of one of `templates`. */
export const isSpecializationOf = (name: string, templates: readonly string[] = []): boolean =>
  templates.some((tpl) => name.startsWith(`${tpl}<`));

/** Facts a type map may need about the rest of the binding. */
export interface TypeMapEnv {
  /** The binding's own template families (see {@link TypeFamilies}). */
  families?: TypeFamilies;
  /** Bound class by canonical id. */
  classOf(id: string): BoundClass | undefined;
  /** A bound enum by canonical id (`Ogre::PixelFormat` → `PixelFormat`) with the range of valid values. */
  enumOf(id: string): BoundEnum | undefined;
  /** The type map for an element type (containers use it); set by the registry. */
  find?(t: TypeRef, use: 'in' | 'out'): TypeMap | undefined;
  /** Whether class `id` derives from class `base` (canonical ids). */
  derivesFrom?(id: string, base: string): boolean;
}

/** Where a conversion happens, for error messages: `Image.loadDynamicImage` and the parameter name. */
export interface Site { where: string; param: string }

/** How a type is handled. Every string is a code snippet; `$v` style placeholders are filled by callers. */
export interface TypeMap {
  /** Name shown in reports (`uint32`, `Buffer`, `Sequence<Vector3>`). */
  readonly name: string;
  /** Whether this entry handles `t` as a parameter (`in`, with the parameter's name) or result (`out`). */
  matches(t: TypeRef, use: 'in' | 'out', env: TypeMapEnv, param?: string): boolean;
  /** TypeScript type accepted as input. */
  tsIn(t: TypeRef, env: TypeMapEnv): string;
  /** TypeScript type produced as output. */
  tsOut(t: TypeRef, env: TypeMapEnv): string;
  /** JS boolean expression over `v`: does this argument fit, exactly or converting? (overload dispatch; must be cheap). */
  jsCheck(v: string, t: TypeRef, env: TypeMapEnv): string;
  /**
   * JS boolean expression over `v`: does it fit without a conversion? (default: `jsCheck`). The
   * dispatcher tries every overload with exact checks before any with converting ones: an enum's
   * value is exact for its enum and converting for an integer, a number the other way round.
   */
  jsExact?(v: string, t: TypeRef, env: TypeMapEnv): string;
  /** JS statement validating the chosen argument `v` (throws RangeError/TypeError naming the site). */
  jsValidate?(v: string, t: TypeRef, env: TypeMapEnv, site: Site): string | undefined;
  /** JS expression handing `v` to the native function (default: `v`). */
  jsPass?(v: string, t: TypeRef, env: TypeMapEnv): string;
  /** JS expression making the JS result from the native result `r`; `self` is the JS receiver or null. */
  jsOut?(r: string, t: TypeRef, env: TypeMapEnv): string;
  /** C++ statements declaring variable `name` from the napi value expression `src`. */
  cppIn(src: string, name: string, t: TypeRef, env: TypeMapEnv, site: Site): string;
  /** C++ argument expression for variable `name` (default: `name`). */
  cppArg?(name: string, t: TypeRef, env: TypeMapEnv): string;
  /** C++ expression converting C++ expression `expr` to a Napi::Value (`env` is in scope). */
  cppOut(expr: string, t: TypeRef, env: TypeMapEnv): string;
  /** Out-parameters: C++ declaration of the local C++ writes to (default: value-initialised `T name{}`). */
  outLocal?(name: string, t: TypeRef): string;
  /** The JS object keeps a reference to this argument while the C++ object may use it. */
  readonly keepsArgument?: boolean;
  /**
   * Fast path: the argument travels in the shared Float64 registers instead of as a napi value
   * (a number write in JS, a load in C++: no napi call per argument).
   */
  readonly regIn?: RegisterIn;
  /** Fast path for results: C++ stores the result in register 0, JS reads it. */
  readonly regOut?: RegisterOut;
}

/** How an argument is passed in registers `R[k] …`. */
export interface RegisterIn {
  /** How many registers the argument takes. */
  slots(t: TypeRef, env: TypeMapEnv): number;
  /** JS statements storing argument `v` in registers from `k` (the array is `R`). */
  js(v: string, k: number, t: TypeRef, env: TypeMapEnv): string;
  /** C++ statements declaring `name` from registers from `k` (the array is `r`). */
  cpp(k: number, name: string, t: TypeRef, env: TypeMapEnv, site: Site): string;
  /** After the call: C++ storing what it changed back in the argument's registers (non-const references). */
  cppAfter?(k: number, name: string, t: TypeRef, env: TypeMapEnv): string | undefined;
  /** After the call: JS reading it back into argument `v`. */
  jsAfter?(v: string, k: number, t: TypeRef, env: TypeMapEnv): string | undefined;
}

/** How a result is returned in register 0 (or from register `at`, for entries that have `slots`). */
export interface RegisterOut {
  /** C++ statement storing the C++ expression `expr` in `r[0]` (`r[at]` …). */
  cpp(expr: string, t: TypeRef, env: TypeMapEnv, at?: number): string;
  /** JS expression of the result, from `R[0]` (`R[at]` …). */
  js(t: TypeRef, env: TypeMapEnv, at?: number): string;
  /** How many registers the result takes, for entries whose result can start past the arguments. */
  slots?(t: TypeRef, env: TypeMapEnv): number;
  /** The same for a result the caller owns (a `returns: 'owned'` rule): its wrapper deletes it. */
  owned?(t: TypeRef, env: TypeMapEnv): string;
  /**
   * A result a shared pointer owns (a `returns: 'shared'` rule): C++ statements storing it with the
   * owning shared pointer's holder, and the JS expression of the wrapper that holds it; undefined
   * when the type has no owner to share (see {@link TypeFamilies.sharedOwners}).
   */
  shared?(t: TypeRef, env: TypeMapEnv): { cpp(expr: string): string; js: string } | undefined;
}

/** A C++ parameter as group type maps see it. */
export interface GroupParam { name: string; type: TypeRef }

/**
 * A type map for several consecutive C++ parameters that form one JS argument, like
 * `(const float* values, size_t count)` ← one Float32Array or number array.
 */
export interface GroupTypeMap {
  readonly name: string;
  /** How many consecutive parameters it takes. */
  readonly arity: number;
  /** Whether it handles these parameters (types and names). */
  matches(params: GroupParam[], env: TypeMapEnv): boolean;
  /** The single JS argument: TypeScript type, dispatch check, validation. */
  tsIn(params: GroupParam[], env: TypeMapEnv): string;
  jsCheck(v: string, params: GroupParam[], env: TypeMapEnv): string;
  jsValidate?(v: string, params: GroupParam[], env: TypeMapEnv, site: Site): string | undefined;
  /** C++ statements declaring what `cppArgs` uses, from the napi value `src`. */
  cppIn(src: string, name: string, params: GroupParam[], env: TypeMapEnv, site: Site): string;
  /** One C++ argument expression per parameter. */
  cppArgs(name: string, params: GroupParam[], env: TypeMapEnv): string[];
}
