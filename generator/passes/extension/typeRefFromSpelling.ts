/** Builds an IR {@link TypeRef} from a type written in an extension signature, resolved against the model. */
import type { TypeRef } from '../../model/index.js';
import type { TypedefResolver } from '../match/TypedefResolver.js';

/** How the model knows a name. */
export type NameKind = 'class' | 'enum' | 'typedef';

/** What the builder needs from the model: declaration kinds by id, typedef resolution, enclosing scopes. */
export interface TypeScope {
  kindOf(id: string): NameKind | undefined;
  resolver: TypedefResolver;
  /** Scopes to look unqualified names up in, innermost first (`Ogre::Matrix3`, `Ogre`). */
  scopes: string[];
}

/** Builtin spellings and their canonical form. */
const BUILTINS: Record<string, string> = {
  bool: 'bool', char: 'char', 'signed char': 'signed char', 'unsigned char': 'unsigned char',
  short: 'short', 'short int': 'short', 'unsigned short': 'unsigned short', int: 'int', signed: 'int',
  unsigned: 'unsigned int', 'unsigned int': 'unsigned int', long: 'long', 'long int': 'long',
  'unsigned long': 'unsigned long', 'long long': 'long long', 'unsigned long long': 'unsigned long long',
  float: 'float', double: 'double', 'long double': 'long double',
};

const withConst = (isConst: boolean, text: string) => (isConst ? `const ${text}` : text);

function namedType(name: string, isConst: boolean, scope: TypeScope): TypeRef {
  const spelling = withConst(isConst, name);
  const flag = isConst ? { const: true as const } : {};
  if (name === 'void') return { kind: 'void', spelling, canonical: spelling, ...flag };
  const builtin = BUILTINS[name];
  if (builtin) return { kind: 'builtin', spelling, canonical: withConst(isConst, builtin), name: builtin, ...flag };
  const candidates = [...scope.scopes.map((s) => `${s}::${name}`), name];
  const id = candidates.find((c) => scope.kindOf(c) !== undefined);
  const kind = id === undefined ? undefined : scope.kindOf(id);
  if (id === undefined || kind === undefined) {
    const canonical = withConst(isConst, scope.resolver.resolve(name));
    if (!name.includes('<')) return { kind: 'unexposed', spelling, canonical, name, ...flag };
    // A template specialization: its arguments too, so container type maps see the element type.
    const templateArgs = templateArguments(name).map((a) => (/^-?\d+$/.test(a) ? a : typeRefFromSpelling(a, scope)));
    return { kind: 'record', spelling, canonical, name, templateArgs, ...flag };
  }
  const canonical = withConst(isConst, kind === 'typedef' ? scope.resolver.canonicalOf(id) ?? id : id);
  // A typedef of a specialization (`Mesh::IndexMap`) carries its structure, as the parser's typedefs do.
  const target = kind === 'typedef' && canonical.includes('<') ? { target: typeRefFromSpelling(canonical.replace(/^const /, ''), scope) } : {};
  return { kind: kind === 'class' ? 'record' : kind, spelling, canonical, name: id, decl: id, ...target, ...flag };
}

/**
 * `const Ogre::Vector3 &` → an lvalue reference to the const typedef `Ogre::Vector3`, with canonical
 * `const Ogre::Vector<3, float> &`. Handles `const`, `*`, `&`, `&&`, builtins, and names of the
 * model (qualified, or relative to the given scopes); anything else is `unexposed`.
 */
export function typeRefFromSpelling(text: string, scope: TypeScope): TypeRef {
  const t = text.trim().replace(/\s+/g, ' ');
  const indirection = /^(.*?)\s*(&&|&|\*)\s*(const)?$/.exec(t);
  if (indirection) {
    const [, inner = '', op = '', trailingConst] = indirection;
    const pointee = typeRefFromSpelling(inner, scope);
    const kind = op === '*' ? 'pointer' : op === '&' ? 'lvalue-ref' : 'rvalue-ref';
    const suffix = `${op}${trailingConst ? ' const' : ''}`;
    return {
      kind, spelling: `${pointee.spelling} ${suffix}`, canonical: `${pointee.canonical} ${suffix}`, pointee,
      ...(trailingConst ? { const: true as const } : {}),
    };
  }
  const isConst = /^const\s|\sconst$/.test(t);
  const name = t.replace(/^const\s+|\s+const$/g, '');
  return namedType(name, isConst, scope);
}

/** The top-level arguments of `name<a, b<c, d>>`: `['a', 'b<c, d>']`. */
function templateArguments(name: string): string[] {
  const inner = name.slice(name.indexOf('<') + 1, name.lastIndexOf('>'));
  const args: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch === '<' || ch === '(') depth++;
    else if (ch === '>' || ch === ')') depth--;
    else if (ch === ',' && depth === 0) { args.push(inner.slice(start, i).trim()); start = i + 1; }
  }
  args.push(inner.slice(start).trim());
  return args.filter(Boolean);
}
