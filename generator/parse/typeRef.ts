/** libclang Type → IR {@link TypeRef}, substituting template parameters inside instantiations. */
import { type Cursor, type Type, CursorKind, TypeKind } from '../clang/index.js';
import type { TypeRef } from '../model/index.js';

/** Template parameter bindings while walking a class template as one of its instantiations. */
export interface Substitution {
  /** Parameter name → argument (TypeRef for type parameters, text for values). */
  args: Map<string, TypeRef | string>;
  /** Parameter names in order, for clang's canonical `type-parameter-0-N` spellings. */
  order: string[];
  /** Id of the instantiation: replaces the injected class name (`Vector`, `Vector<dims, T>`). */
  self: string;
  /** Names that mean the class itself inside its template. */
  selfNames: string[];
}

const BUILTIN_KINDS = new Set<number>([
  TypeKind.Bool, TypeKind.Char_U, TypeKind.UChar, TypeKind.Char16, TypeKind.Char32, TypeKind.UShort,
  TypeKind.UInt, TypeKind.ULong, TypeKind.ULongLong, TypeKind.UInt128, TypeKind.Char_S,
  TypeKind.SChar, TypeKind.WChar, TypeKind.Short, TypeKind.Int, TypeKind.Long, TypeKind.LongLong,
  TypeKind.Int128, TypeKind.Float, TypeKind.Double, TypeKind.LongDouble, TypeKind.Float128,
  TypeKind.Half,
]);

/** Strips top-level cv-qualifiers from a spelling: `const Ogre::Vector3` → `Ogre::Vector3`. */
export function unqualified(spelling: string): string {
  return spelling.replace(/^(?:const |volatile )+/, '').replace(/(?: const| volatile)+$/, '');
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Replaces template parameter names (and the injected class name) in a spelling. */
export function substituteText(text: string, sub: Substitution | undefined): string {
  if (!sub) return text;
  let out = text.replace(/type-parameter-0-(\d+)/g, (m, i: string) => {
    const arg = sub.args.get(sub.order[Number(i)] ?? '');
    return arg === undefined ? m : typeof arg === 'string' ? arg : arg.canonical;
  });
  for (const self of sub.selfNames) out = out.replace(new RegExp(`(?<![\\w:])${escape(self)}(?![\\w<])`, 'g'), sub.self);
  for (const [name, arg] of sub.args) {
    out = out.replace(new RegExp(`(?<![\\w:])${escape(name)}(?!\\w)`, 'g'), typeof arg === 'string' ? arg : arg.spelling);
  }
  return out;
}

/** Splits `Ogre::Vector<3, float>`'s argument list at top-level commas: `['3', 'float']`. */
export function templateArgsText(spelling: string): string[] {
  const open = spelling.indexOf('<');
  if (open < 0 || !spelling.endsWith('>')) return [];
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = start; i < spelling.length - 1; i++) {
    const ch = spelling[i];
    if (ch === '<' || ch === '(' || ch === '[') depth++;
    else if (ch === '>' || ch === ')' || ch === ']') depth--;
    else if (ch === ',' && depth === 0) {
      args.push(spelling.slice(start, i).trim());
      start = i + 1;
    }
  }
  args.push(spelling.slice(start, spelling.length - 1).trim());
  return args;
}

/** Qualified name of a declaration cursor: `Ogre::Image`, `Ogre::Vector<3, float>`. */
export function qualifiedName(cursor: Cursor): string {
  const parts: string[] = [];
  for (let c: Cursor | null = cursor; c && c.kind !== CursorKind.TranslationUnit; c = c.semanticParent) {
    const isSpecialization = c.specializedTemplate !== null && c.kind !== CursorKind.ClassTemplate;
    parts.unshift(isSpecialization ? c.displayName : c.spelling);
  }
  return parts.join('::');
}

/**
 * Id of a class template specialization type: the template's qualified name with canonical
 * arguments, so `VectorBase<3, Real>` and `VectorBase<3, float>` name the same class.
 */
export function specializationId(type: Type, template: Cursor): string {
  const text = templateArgsText(unqualified(type.spelling));
  const types = type.templateArguments;
  const args = text.map((a, i) => {
    const t = types[i];
    return t && t.kind !== TypeKind.Invalid ? unqualified(t.canonical.spelling) : a;
  });
  return `${qualifiedName(template)}<${args.join(', ')}>`;
}

/** TypeRefs of the unit being walked, by type key (types repeat a lot: `const String &`, `Real` …). */
let cache = new Map<number, TypeRef>();

/** Starts a new unit: type keys of another unit mean nothing. */
export function resetTypeCache(): void {
  cache = new Map();
}

/**
 * Converts a libclang type to a TypeRef; `sub` rewrites template parameters. Without `sub`, each
 * distinct type is converted once per unit and the TypeRef is shared (treat it as read-only).
 */
export function toTypeRef(t: Type, sub?: Substitution): TypeRef {
  if (sub) return convert(t, sub);
  const key = t.key;
  let ref = cache.get(key);
  if (!ref) {
    ref = convert(t, undefined);
    cache.set(key, ref);
  }
  return ref;
}

function convert(t: Type, sub: Substitution | undefined): TypeRef {
  const kind = t.kind;
  const spelling = substituteText(t.spelling, sub);
  const canonical = substituteText(t.canonical.spelling, sub);
  const ref: TypeRef = { kind: 'unexposed', spelling, canonical };
  if (t.isConst) ref.const = true;
  if (t.isVolatile) ref.volatile = true;

  if (kind === TypeKind.Elaborated || kind === TypeKind.Attributed) {
    const named = t.named;
    if (named && named.kind !== TypeKind.Invalid) {
      const inner = toTypeRef(named, sub);
      return { ...inner, spelling, ...(ref.const ? { const: true } : {}), ...(ref.volatile ? { volatile: true } : {}) };
    }
  }
  if (kind === TypeKind.Void) return { ...ref, kind: 'void' };
  if (kind === TypeKind.NullPtr) return { ...ref, kind: 'nullptr' };
  if (BUILTIN_KINDS.has(kind)) return { ...ref, kind: 'builtin', name: unqualified(t.canonical.spelling) };
  if (kind === TypeKind.Pointer || kind === TypeKind.LValueReference || kind === TypeKind.RValueReference) {
    const pointee = t.pointee;
    const k = kind === TypeKind.Pointer ? 'pointer' : kind === TypeKind.LValueReference ? 'lvalue-ref' : 'rvalue-ref';
    if (!pointee) return { ...ref, kind: k };
    const inner = toTypeRef(pointee, sub);
    // Inside an instantiation, rebuild the canonical spelling from the substituted pointee.
    const canon = sub ? `${inner.canonical} ${k === 'pointer' ? '*' : k === 'lvalue-ref' ? '&' : '&&'}${ref.const ? ' const' : ''}` : ref.canonical;
    return { ...ref, canonical: canon, kind: k, pointee: inner };
  }
  if (kind === TypeKind.ConstantArray || kind === TypeKind.IncompleteArray || kind === TypeKind.DependentSizedArray) {
    const element = t.element;
    // `float[3][4]` is 3 arrays of `float[4]`: the size is the first of the trailing dimensions.
    const dims = /((?:\[\d*\])+)\s*$/.exec(canonical)?.[1];
    const size = dims ? /^\[(\d+)\]/.exec(dims)?.[1] : undefined;
    return {
      ...ref, kind: 'array',
      ...(element ? { pointee: toTypeRef(element, sub) } : {}),
      ...(size ? { arraySize: Number(size) } : {}),
    };
  }
  if (kind === TypeKind.MemberPointer) return { ...ref, kind: 'member-pointer' };
  if (kind === TypeKind.FunctionProto || kind === TypeKind.FunctionNoProto) {
    const result = t.result;
    return {
      ...ref, kind: 'function',
      ...(result ? { result: toTypeRef(result, sub) } : {}),
      params: t.argumentTypes.map((p) => toTypeRef(p, sub)),
    };
  }
  if (kind === TypeKind.Typedef) {
    const decl = t.declaration;
    const name = decl ? qualifiedName(decl) : unqualified(spelling);
    const canon = t.canonical;
    const target = canon.kind === TypeKind.Record && canonical.includes('<') ? { target: toTypeRef(canon, sub) } : {};
    return { ...ref, kind: 'typedef', name, decl: name, ...target };
  }
  if (kind === TypeKind.Enum) {
    const name = unqualified(canonical);
    return { ...ref, kind: 'enum', name, decl: name };
  }
  if (kind === TypeKind.Record || (kind === TypeKind.Unexposed && t.canonical.kind === TypeKind.Record)) {
    const name = unqualified(canonical);
    const args = templateArgsText(name);
    const out: TypeRef = { ...ref, kind: 'record', name, decl: name };
    if (args.length) {
      const argTypes = t.templateArguments;
      out.templateArgs = args.map((text, i) => {
        const at = argTypes[i];
        return at && at.kind !== TypeKind.Invalid ? toTypeRef(at, sub) : text;
      });
    }
    return out;
  }
  return dependentTypeRef(t, ref, sub);
}

/** Template parameters and the injected class name inside a class template being instantiated. */
function dependentTypeRef(t: Type, ref: TypeRef, sub: Substitution | undefined): TypeRef {
  const raw = unqualified(t.spelling);
  const decl = t.declaration;
  if (sub) {
    const arg = sub.args.get(raw);
    if (arg !== undefined && typeof arg !== 'string') {
      return { ...arg, spelling: ref.spelling, ...(ref.const ? { const: true } : {}) };
    }
    const isSelf = sub.selfNames.includes(raw) ||
      (decl !== null && decl.kind === CursorKind.ClassTemplate && unqualified(ref.canonical) === sub.self);
    if (isSelf) return { ...ref, kind: 'record', name: sub.self, decl: sub.self, canonical: `${ref.const ? 'const ' : ''}${sub.self}` };
    if (decl && (decl.kind === CursorKind.ClassTemplate || decl.kind === CursorKind.ClassTemplatePartialSpecialization)) {
      // Another template named with our parameters (`VectorBase<dims, T>`): qualify it with the substituted arguments.
      const name = `${qualifiedName(decl)}<${templateArgsText(unqualified(ref.spelling)).join(', ')}>`;
      return { ...ref, kind: 'record', name, decl: name, canonical: `${ref.const ? 'const ' : ''}${name}` };
    }
  }
  if (decl && decl.kind === CursorKind.TemplateTypeParameter) return { ...ref, kind: 'template-param', name: raw };
  return ref;
}
