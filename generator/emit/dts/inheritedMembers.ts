/**
 * Members a class's declaration must repeat from its bases so that it stays assignable to each of them:
 * the base overloads the runtime falls back to, and the members of secondary bases (mixed in at runtime).
 */
import type { TsSignatureView } from '../napi/views.js';
import type { TsClassView, TsMethodView } from './typingsView.js';

/** A class as the typings declare it: its methods and accessors completed, its secondary bases implemented. */
export interface TsCompleteClassView extends TsClassView {
  /** Bound bases after the first, which the declaration `implements`. */
  implements: string[];
}

/** What a class's instances (and its static side) offer, by `<static|method> <name>` and accessor name. */
interface Members {
  methods: Map<string, TsMethodView>;
  accessors: Map<string, TsClassView['accessors'][number]>;
}

const key = (m: TsMethodView) => `${m.isStatic ? 'static' : 'method'} ${m.jsName}`;

/** Overloads with the same parameter types are one signature to TypeScript. */
const paramsKey = (s: TsSignatureView) => s.params.map((p) => `${p.type}${p.optional ? '?' : ''}`).join(',');

/** `own`'s overloads, then those of `inherited` that take other parameters. */
function union(own: TsMethodView, inherited: TsMethodView | undefined): TsMethodView {
  if (!inherited) return own;
  const seen = new Set(own.ts.map(paramsKey));
  const extra = inherited.ts.filter((s) => !seen.has(paramsKey(s)));
  return extra.length ? { ...own, ts: [...own.ts, ...extra] } : own;
}

/** `m` without `abstract`. */
function concreteCopy(m: TsMethodView): TsMethodView {
  if (!m.isAbstract) return m;
  const { isAbstract: _abstract, ...rest } = m;
  return rest;
}

/**
 * Every class with the overloads of its bases merged into the methods it redeclares (C++ hides them,
 * the runtime falls back to them) and, from secondary bases, every instance member it lacks.
 * Classes come base-before-derived; bases outside `classes` are ignored.
 */
export function completeClasses(classes: readonly TsClassView[]): TsCompleteClassView[] {
  const byName = new Map(classes.map((c) => [c.jsName, c]));
  const done = new Map<string, { view: TsCompleteClassView; members: Members }>();
  const complete = (c: TsClassView): { view: TsCompleteClassView; members: Members } => {
    const known = done.get(c.jsName);
    if (known) return known;
    const base = byName.get(c.jsBase);
    const inherited = base ? complete(base).members : { methods: new Map(), accessors: new Map() };
    const members: Members = { methods: new Map(inherited.methods), accessors: new Map(inherited.accessors) };
    const methods = c.methods.map((m) => union(m, inherited.methods.get(key(m))));
    for (const m of methods) members.methods.set(key(m), m);
    for (const a of c.accessors) members.accessors.set(a.jsName, a);
    const accessors = [...c.accessors];
    const secondaries = c.secondaryBases.filter((s) => byName.has(s));
    for (const s of secondaries) {
      const theirs = complete(byName.get(s)!).members;
      for (const [k, m] of theirs.methods) {
        if (m.isStatic || members.accessors.has(m.jsName)) continue;
        const mine = members.methods.get(k);
        // Mixed in from a secondary base: an implementation here, not an abstract member.
        const merged = mine ? union(mine, m) : concreteCopy(m);
        if (merged === mine) continue;
        members.methods.set(k, merged);
        const at = methods.findIndex((x) => key(x) === k);
        if (at >= 0) methods[at] = merged;
        else methods.push(merged);
      }
      for (const [name, a] of theirs.accessors) {
        if (a.isStatic || members.accessors.has(name) || members.methods.has(`method ${name}`)) continue;
        members.accessors.set(name, a);
        accessors.push(a);
      }
    }
    // A class that is not abstract implements what its bases left abstract (through a class the
    // bindings skip, or an override they do not bind): TypeScript wants it declared here.
    if (c.pureVirtuals === null) {
      for (const [k, m] of members.methods) {
        if (!m.isAbstract) continue;
        const concrete = concreteCopy(m);
        members.methods.set(k, concrete);
        const at = methods.findIndex((x) => key(x) === k);
        if (at >= 0) methods[at] = concrete;
        else methods.push(concrete);
      }
    }
    const view: TsCompleteClassView = { ...c, methods, accessors, implements: secondaries };
    const result = { view, members };
    done.set(c.jsName, result);
    return result;
  };
  return classes.map((c) => complete(c).view);
}
