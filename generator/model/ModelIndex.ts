/** Lookups over a {@link Model}: any declaration by id, typedef resolution, members by qualified name. */
import type { ClassDecl, Decl, FunctionDecl, OverloadSet } from './decls.js';
import type { Model } from './Model.js';

/** Indexes a model once for repeated lookups. */
export class ModelIndex {
  private readonly byId = new Map<string, Decl>();
  private readonly members = new Map<string, OverloadSet | ClassDecl['fields'][number]>();

  constructor(readonly model: Model) {
    for (const list of [model.namespaces, model.classes, model.templates, model.enums, model.typedefs, model.functions, model.variables]) {
      for (const d of list) this.byId.set(d.id, d);
    }
    for (const c of model.classes) {
      for (const set of c.methods) this.members.set(`${c.id}::${set.name}`, set);
      for (const f of c.fields) this.members.set(f.id, f);
    }
  }

  /** The declaration with this id. */
  get(id: string): Decl | undefined {
    return this.byId.get(id);
  }

  /** A class by id, following typedefs (`Ogre::Vector3` → `Ogre::Vector<3, float>`). */
  classOf(id: string): ClassDecl | undefined {
    const seen = new Set<string>();
    let d = this.byId.get(id);
    while (d?.kind === 'typedef' && d.underlying.decl && !seen.has(d.id)) {
      seen.add(d.id);
      d = this.byId.get(d.underlying.decl);
    }
    return d?.kind === 'class' ? d : undefined;
  }

  /** Everything a qualified name can mean: a declaration, or a class member (overload set or field), or free functions. */
  lookup(name: string): unknown {
    const decl = this.byId.get(name);
    if (decl) return decl;
    const member = this.members.get(name);
    if (member) return member;
    const fns: FunctionDecl[] = this.model.functions.filter((f) => `${f.parent ? `${f.parent}::` : ''}${f.name}` === name);
    if (fns.length) return { name, overloads: fns } satisfies OverloadSet;
    const sep = name.lastIndexOf('::');
    if (sep > 0) {
      const owner = this.classOf(name.slice(0, sep));
      const rest = name.slice(sep + 2);
      if (owner && owner.id !== name.slice(0, sep)) return this.lookup(`${owner.id}::${rest}`);
    }
    return undefined;
  }
}
