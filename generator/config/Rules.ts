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
  /** `borrowed`: someone else deletes it; `owned`: the JS wrapper deletes it; `shared`: reference-counted. */
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

/** One ownership annotation. */
export type OwnershipRule = FactoryRule | ReturnsRule | KeepAliveRule;

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
