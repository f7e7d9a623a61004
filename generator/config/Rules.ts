/** The rule kinds of a binding config: ignore, rename, instantiate, extend and ownership. */
import type { Matcher } from './Matcher.js';

/** Gives matched declarations a different name in JS (`Ogre::Exception` → `OgreException`). */
export interface RenameRule {
  match: Matcher;
  /** The JS name (one identifier, not qualified). */
  to: string;
}

/** An extra method with a C++ body, added to a class (SWIG's `%extend`). */
export interface ExtensionMethod {
  /** The name JS sees. */
  name: string;
  /** The C++ declaration, without body: `Ogre::Real sum() const`, `static Ogre::Vector3 make(float v)`. */
  signature: string;
  /** The C++ function body; the object is `self` (a reference to the class), parameters by name. */
  body: string;
}

/** Extension methods for one class (by id or through a typedef, e.g. `Ogre::Vector3`). */
export interface ExtendRule {
  class: string;
  methods: ExtensionMethod[];
}

/**
 * Objects made by a factory and destroyed by its partner (`SceneManager::createCamera` /
 * `destroyCamera`). The engine owns them in between; after the destroy call their JS wrapper is dead.
 */
export interface FactoryRule {
  /** The factory (all its overloads): `Ogre::SceneManager::createCamera`; a glob or signature like any string {@link Matcher}. */
  factory: string;
  /** The destroy function (all its overloads): `Ogre::SceneManager::destroyCamera`; a glob or signature too. */
  destroy: string;
}

/** Who owns what the matched functions return. */
export interface ReturnsRule {
  /**
   * `borrowed`: someone else deletes it; `owned`: the JS wrapper deletes it; `shared`: a plain pointer to an
   * object a shared pointer owns (the spec's `typeFamilies.sharedOwners` finds it): the wrapper shares that ownership.
   */
  returns: 'borrowed' | 'owned' | 'shared';
  match: Matcher;
}

/** The JS object keeps a reference to an argument because C++ keeps its pointer (Image::loadDynamicImage's data). */
export interface KeepAliveRule {
  keepAlive: {
    /** Functions, methods or constructors. */
    method: Matcher;
    /** The parameter's name as declared in the header. */
    param: string;
  };
}

/**
 * Calls that destroy objects the engine owns without a destroy function per object
 * (`Material::removeAllTechniques`, `Root::shutdown`): afterwards the wrappers of those classes are
 * dead (only those reached from the receiver, with `scope: 'receiver'`), and using one is an Error
 * naming the call.
 */
export interface InvalidatesRule {
  invalidates: {
    /** Functions or methods (any overload). */
    method: Matcher;
    /** Classes (by id) whose wrappers die, with their subclasses; `*` for every engine object. */
    classes: string[];
    /** `receiver`: only wrappers obtained through the receiver (directly or through others obtained so); `all`: every one. */
    scope: 'receiver' | 'all';
  };
}

/** Results that point into the receiver's memory (`Image::getPixelBox`): the result keeps the receiver alive. */
export interface ViewRule {
  viewOfReceiver: Matcher;
}

/**
 * Results the receiver owns (`Entity::getSubEntity`, a member returned by reference): their wrappers
 * die when the receiver's does (destroyed by its owner, or disposed), so a part is never used after
 * its whole. Methods returning a bound class by reference are parts by default; `part: false` says
 * the matched ones are not (a reference to something the receiver only points at).
 */
export interface PartRule {
  partOfReceiver: Matcher;
  part?: boolean;
}

/**
 * Pointer parameters (to classes and numbers, and shared pointers by const reference) of the matched functions must not be null: C++
 * dereferences them. Parameters with a default value keep accepting null, and so do those of
 * later `nullable` rules.
 */
export interface NonNullRule {
  nonNull: Matcher;
}
/** Pointer parameters of the matched functions that accept null after all (`Viewport::setCamera(nullptr)`). */
export interface NullableRule {
  nullable: Matcher;
}

/** One ownership annotation. */
export type OwnershipRule = FactoryRule | ReturnsRule | KeepAliveRule | InvalidatesRule | ViewRule | PartRule | NonNullRule | NullableRule;

/**
 * A class JS may subclass with C++ calling the JS overrides of its virtual methods (SWIG's
 * `%feature("director")`): the generator emits a C++ trampoline subclass for it.
 */
export interface DirectorRule {
  /** The classes (a glob such as `*::Listener` names every nested `Listener`). */
  director: Matcher;
  /** Why (shown with the rule when it matches nothing). */
  reason?: string;
}

/**
 * Objects the engine keeps a pointer to after a call (listeners, loaders): the JS argument stays
 * alive until released. `add` keeps it in the receiver's slot until a `remove` of the same slot
 * gets it, `set` replaces what the slot held (`null` empties it). The slot is the method's name
 * without `add`/`remove`/`set` (`addFrameListener` and `removeFrameListener` share `FrameListener`)
 * unless given; the argument is `param`, else the last pointer-to-class parameter.
 */
export interface LifetimeRule {
  add?: Matcher;
  remove?: Matcher;
  set?: Matcher;
  param?: string;
  slot?: string;
}

/** All rules of a binding config; each kind is one pass over the model. */
export interface Rules {
  /** Declarations left out of the binding (with their members and nested declarations). */
  ignore?: Matcher[];
  rename?: RenameRule[];
  /**
   * Template instantiations to bind, by the name they get: `{ 'Ogre::Vector3': 'Ogre::Vector<3, Ogre::Real>' }`.
   * The JS name is the key's last segment; typedefs in the arguments are resolved (`Ogre::Real` → `float`).
   */
  instantiate?: Record<string, string>;
  extend?: ExtendRule[];
  ownership?: OwnershipRule[];
  directors?: DirectorRule[];
  lifetimes?: LifetimeRule[];
}
