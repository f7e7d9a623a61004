/**
 * Doxygen's `@copydoc X` (and `@copydetails`, `@copybrief`) resolved to X's documentation, so the
 * typings carry the text instead of a reference a TypeScript reader cannot follow.
 */
import type { ClassDecl, Doc, FunctionDecl, Model } from '../model/index.js';

/** `@copydoc Class::method(params)`: the command and the reference. */
const COPY = /[@\\](copydoc|copydetails|copybrief)\s+((?:~?[\w]+(?:<[^>]*>)?::)*~?\w+(?:\([^)]*\))?)/;

/** A class's name without namespaces and template arguments: `Ogre::Singleton<Ogre::Root>` → `Singleton`. */
const shortName = (c: ClassDecl) => (c.template?.id ?? c.id).replace(/<.*$/, '').split('::').pop()!;

/** Looks references up in the model. */
class DocIndex {
  private readonly classes = new Map<string, ClassDecl[]>();
  private readonly byId: Map<string, ClassDecl>;
  private readonly functions = new Map<string, FunctionDecl[]>();

  constructor(model: Model) {
    this.byId = new Map(model.classes.map((c) => [c.id, c]));
    for (const c of model.classes) this.classes.set(shortName(c), [...(this.classes.get(shortName(c)) ?? []), c]);
    for (const f of model.functions) this.functions.set(f.name, [...(this.functions.get(f.name) ?? []), f]);
  }

  /** The documented member `name` of class `c` or one of its bases. */
  private member(c: ClassDecl, name: string, params: string | undefined, seen = new Set<string>()): Doc | undefined {
    if (seen.has(c.id)) return undefined;
    seen.add(c.id);
    const overloads = c.methods.filter((s) => s.name === name).flatMap((s) => s.overloads).filter((f) => f.doc);
    const count = params === undefined ? undefined : params.trim() === '' ? 0 : params.split(',').length;
    const found = overloads.find((f) => count === undefined || f.params.length === count) ?? overloads[0];
    if (found?.doc) return found.doc;
    for (const b of c.bases) {
      const base = b.decl ? this.byId.get(b.decl) : undefined;
      const doc = base && this.member(base, name, params, seen);
      if (doc) return doc;
    }
    return undefined;
  }

  /** The documentation `ref` names, seen from class `from` (for unqualified members). */
  lookup(ref: string, from: ClassDecl | undefined): Doc | undefined {
    const paren = ref.indexOf('(');
    const params = paren >= 0 ? ref.slice(paren + 1, -1) : undefined;
    const path = (paren >= 0 ? ref.slice(0, paren) : ref).replace(/<[^>]*>/g, '').split('::');
    const name = path.pop()!;
    const owner = path.pop();
    if (owner === undefined) {
      const own = from && this.member(from, name, params);
      return own ?? this.classes.get(name)?.find((c) => c.doc)?.doc ?? this.functions.get(name)?.find((f) => f.doc)?.doc;
    }
    for (const c of this.classes.get(owner) ?? []) {
      const doc = this.member(c, name, params);
      if (doc) return doc;
    }
    // `Class::Nested` names a class.
    return this.classes.get(name)?.find((c) => c.doc && c.id.endsWith(`${owner}::${name}`))?.doc;
  }
}

/** Documentation for references the model cannot answer (members of class templates), by reference without parameters. */
export type DocFallback = (ref: string) => string | undefined;

/** A parameter's text with a copy command replaced by the brief of what it names. */
function resolveParam(text: string, from: ClassDecl | undefined, index: DocIndex): string {
  const m = COPY.exec(text);
  if (!m) return text;
  const ref = m[2] ?? '';
  return text.replace(COPY, index.lookup(ref, from)?.brief ?? `{@link ${ref.replace(/\(.*$/, '').replace(/::/g, '.')}}`);
}

/** `doc` with its copy commands replaced by what they name (recursively); unresolved ones become a link. */
function resolve(doc: Doc, from: ClassDecl | undefined, index: DocIndex, fallback: DocFallback, depth = 0): Doc {
  if (doc.params && Object.values(doc.params).some((p) => COPY.test(p))) {
    doc = { ...doc, params: Object.fromEntries(Object.entries(doc.params).map(([k, v]) => [k, resolveParam(v, from, index)])) };
  }
  const m = COPY.exec(doc.raw);
  if (!m) return doc;
  const [, command, ref = ''] = m;
  const known = fallback(ref.replace(/\(.*$/, ''));
  const target = depth < 4 ? index.lookup(ref, from) ?? (known ? { brief: known, raw: known } : undefined) : undefined;
  if (!target || target === doc) {
    const link = `See {@link ${ref.replace(/\(.*$/, '').replace(/::/g, '.')}}.`;
    return { ...doc, brief: link, details: undefined, raw: doc.raw.replace(COPY, link) };
  }
  const copied = resolve(target, undefined, index, fallback, depth + 1);
  const own = { params: doc.params, returns: doc.returns, deprecated: doc.deprecated };
  const text = command === 'copybrief' ? { brief: copied.brief } : command === 'copydetails'
    ? { brief: doc.brief === ref ? copied.brief : doc.brief, details: copied.details }
    : { brief: copied.brief, details: copied.details };
  const merged: Doc = {
    ...text, raw: doc.raw.replace(COPY, ''),
    params: { ...copied.params, ...own.params }, returns: own.returns ?? copied.returns, deprecated: own.deprecated ?? copied.deprecated,
  };
  for (const k of ['details', 'returns', 'deprecated'] as const) if (merged[k] === undefined) delete merged[k];
  if (!Object.keys(merged.params ?? {}).length) delete merged.params;
  return merged;
}

/**
 * Replaces, in place, the docs of classes, methods, constructors and free functions that copy
 * another declaration's documentation with that documentation (the view is built from the result).
 */
export function resolveDocReferences(model: Model, fallback: DocFallback = () => undefined): void {
  const index = new DocIndex(model);
  for (const c of model.classes) {
    if (c.doc) c.doc = resolve(c.doc, c, index, fallback);
    for (const f of [...c.constructors, ...c.methods.flatMap((s) => s.overloads)]) if (f.doc) f.doc = resolve(f.doc, c, index, fallback);
  }
  for (const f of model.functions) if (f.doc) f.doc = resolve(f.doc, undefined, index, fallback);
}
