/** Final pass: keeps a TypeRef's or base's `decl` link only when the model has that declaration. */
import type { Model, TypeRef } from '../model/index.js';

/** Drops dangling `decl` links in place. */
export function linkDecls(model: Model): void {
  const known = new Set<string>();
  for (const list of [model.classes, model.enums, model.typedefs]) for (const d of list) known.add(d.id);
  const fix = (t: TypeRef | string | undefined): void => {
    if (!t || typeof t === 'string') return;
    if (t.decl !== undefined && !known.has(t.decl)) delete t.decl;
    fix(t.pointee);
    fix(t.target);
    fix(t.result);
    t.params?.forEach(fix);
    t.templateArgs?.forEach(fix);
  };
  const fixFn = (f: { params: { type: TypeRef }[]; returns: TypeRef }) => {
    f.params.forEach((p) => fix(p.type));
    fix(f.returns);
  };
  for (const c of model.classes) {
    for (const b of c.bases) {
      fix(b.type);
      if (b.decl !== undefined && !known.has(b.decl)) delete b.decl;
    }
    c.constructors.forEach(fixFn);
    c.methods.forEach((s) => s.overloads.forEach(fixFn));
    c.fields.forEach((f) => fix(f.type));
  }
  model.functions.forEach(fixFn);
  model.typedefs.forEach((t) => fix(t.underlying));
  model.variables.forEach((v) => fix(v.type));
}
