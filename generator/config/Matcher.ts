/** Matchers: how a rule names the declarations it applies to (glob, RegExp, signature or object). */

/** Declaration kinds a {@link MatcherObject} can be restricted to. */
export type MatchKind =
  | 'class' | 'method' | 'function' | 'enum' | 'field' | 'constructor' | 'typedef' | 'variable';

/**
 * A matcher spelled as an object: every property given must hold.
 *
 * @example `{ name: 'Ogre::*::getType', kind: 'method' }` — methods only, not nested enums named so.
 */
export interface MatcherObject {
  /** A qualified-name glob (see {@link Matcher}) or a RegExp. */
  name?: string | RegExp;
  /** Only declarations of this kind. Conversion operators count as `method`. */
  kind?: MatchKind;
  /** A function signature (see {@link Matcher}); implies a function, method or constructor. */
  signature?: string;
}

/**
 * Names declarations by their C++ qualified name.
 *
 * - **Glob string** (`*::operator=`, `Ogre::*Iterator*`, `Ogre::Image::*`): matched against the whole
 *   qualified name (`Ogre::Image::getData`, `Ogre::Vector<3, float>::xyz`). `*` is the only wildcard
 *   and matches any run of characters **including `::`**, as in SWIG's `%ignore *::operator=`; so
 *   `Ogre::Image::*` also reaches members of nested classes. A `*` that belongs to an operator name is
 *   literal: `*::operator*` means `operator*`, not every operator (use a RegExp for that). Without
 *   `*`, a glob is an exact name; all overloads of a method share it. A leading `::` is dropped.
 * - **Signature string** (contains a parameter list: `Ogre::Image::loadDynamicImage(Ogre::uchar *,
 *   Ogre::uint32, Ogre::uint32, Ogre::PixelFormat)`, with ` const` for const methods): matches the one
 *   function whose id it is. Constructors are `Ogre::PixelBox::PixelBox(…)`.
 * - **RegExp**: tested against the qualified name as the model spells it and, for functions,
 *   against the id (qualified name with signature).
 *
 * Globs and signatures ignore whitespace differences (`Ogre::uchar*` = `Ogre::uchar *`). A typedef
 * used as a scope or inside template arguments and parameter lists also stands for what it names:
 * `Ogre::Vector3::*` and `Ogre::Vector<3, Ogre::Real>::xyz` reach members of
 * `Ogre::Vector<3, float>`, and `(Ogre::uchar *)` also matches a parameter spelled
 * `unsigned char *`. A pattern that is itself a typedef's name (`Ogre::Vector3`) means the typedef.
 */
export type Matcher = string | RegExp | MatcherObject;
