/** Turns an extend rule's method into the FunctionDecl the class gets. */
import type { ExtensionMethod } from '../../config/index.js';
import type { ClassDecl, FunctionDecl } from '../../model/index.js';
import { parseCppSignature } from './parseCppSignature.js';
import { typeRefFromSpelling, type TypeScope } from './typeRefFromSpelling.js';

/** Enclosing scopes of a class, innermost first: `Ogre::Matrix3` → [`Ogre::Matrix3`, `Ogre`]. */
export function scopesOf(classId: string): string[] {
  const parts = classId.split('::');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('::'));
}

/**
 * A public method of `cls` marked `extension`, with the body; its id follows the model's scheme
 * (`Ogre::Matrix3::sum() const`). `jsName` is set when the JS name differs from the C++ one.
 */
export function extensionMethod(cls: ClassDecl, method: ExtensionMethod, scope: Omit<TypeScope, 'scopes'>): FunctionDecl {
  const sig = parseCppSignature(method.signature);
  const typeScope: TypeScope = { ...scope, scopes: scopesOf(cls.id) };
  const params = sig.params.map((p) => ({
    name: p.name,
    type: typeRefFromSpelling(p.type, typeScope),
    ...(p.default !== undefined ? { default: p.default } : {}),
  }));
  const id = `${cls.id}::${sig.name}(${params.map((p) => p.type.spelling).join(', ')})${sig.const ? ' const' : ''}`;
  const decl: FunctionDecl = {
    kind: 'method',
    id,
    name: sig.name,
    parent: cls.id,
    module: cls.module,
    location: cls.location,
    access: 'public',
    params,
    returns: typeRefFromSpelling(sig.returns, typeScope),
    extension: { body: method.body },
  };
  if (sig.name.startsWith('operator')) decl.operator = sig.name.slice('operator'.length).trim();
  if (sig.const) decl.const = true;
  if (sig.static) decl.static = true;
  if (method.name !== sig.name) decl.jsName = method.name;
  return decl;
}
