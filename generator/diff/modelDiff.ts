/** The API difference between two models: added, removed and changed classes, methods, enums, functions and constants, per module. */
import type { ClassDecl, FunctionDecl, Model } from '../model/index.js';

/** A member whose overloads differ: its signatures before and after. */
export interface ChangedSignatures { name: string; removed: string[]; added: string[] }

/** A class in both models whose public methods differ. */
export interface ChangedClass {
  id: string;
  /** Method names only in the new model, with their signatures. */
  addedMethods: string[];
  removedMethods: string[];
  /** Method names in both whose overloads differ. */
  changedMethods: ChangedSignatures[];
}

/** The differences within one module. */
export interface ModuleDiff {
  module: string;
  classes: { added: string[]; removed: string[]; changed: ChangedClass[] };
  enums: { added: string[]; removed: string[]; changed: { id: string; added: string[]; removed: string[] }[] };
  /** Free functions, as methods are: by qualified name, signatures listed. */
  functions: { added: string[]; removed: string[]; changed: ChangedSignatures[] };
  /** Namespace constants and constant macros: `name = value`. */
  constants: { added: string[]; removed: string[]; changed: { name: string; from: string; to: string }[] };
}

/** The whole diff, with totals per kind. */
export interface ApiDiff {
  modules: ModuleDiff[];
  totals: {
    classes: { added: number; removed: number; changed: number };
    methods: { added: number; removed: number; changed: number };
    enums: { added: number; removed: number; changed: number };
    functions: { added: number; removed: number; changed: number };
    constants: { added: number; removed: number; changed: number };
  };
}

const sorted = (xs: Iterable<string>) => [...xs].sort();
const isPublic = (d: { access?: string }) => d.access === undefined || d.access === 'public';

/** A signature, its name after `scope`: `uchar * getData(size_t, size_t) const`, `Ogre::String Ogre::to_string(…)`. */
function signature(fn: FunctionDecl, scope: string): string {
  const params = fn.params.map((p) => p.type.spelling).join(', ');
  return `${fn.returns.spelling && fn.kind !== 'constructor' ? `${fn.returns.spelling} ` : ''}${scope}${fn.name}(${params})${fn.const ? ' const' : ''}`;
}

/** Overloads by name → signatures (names after `scope`). */
function byName(fns: FunctionDecl[], scope = ''): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const fn of fns) {
    if (!isPublic(fn) || fn.extension) continue;
    const set = out.get(fn.name) ?? new Set<string>();
    set.add(signature(fn, scope));
    out.set(fn.name, set);
  }
  return out;
}

/** Compares two overload maps. */
function compareOverloads(a: Map<string, Set<string>>, b: Map<string, Set<string>>, prefix = '') {
  const added: string[] = [];
  const removed: string[] = [];
  const changed: ChangedSignatures[] = [];
  for (const [name, sigs] of a) {
    const other = b.get(name);
    if (!other) removed.push(...sorted(sigs));
    else {
      const gone = sorted([...sigs].filter((s) => !other.has(s)));
      const come = sorted([...other].filter((s) => !sigs.has(s)));
      if (gone.length || come.length) changed.push({ name: `${prefix}${name}`, removed: gone, added: come });
    }
  }
  for (const [name, sigs] of b) if (!a.has(name)) added.push(...sorted(sigs));
  return { added: added.sort(), removed: removed.sort(), changed: changed.sort((x, y) => (x.name < y.name ? -1 : 1)) };
}

/** Complete public classes (template instantiations included), by id. */
function classes(m: Model, module: string): Map<string, ClassDecl> {
  return new Map(m.classes.filter((c) => c.module === module && !c.incomplete && isPublic(c)).map((c) => [c.id, c]));
}

/** Constants of a module: namespace-scope variables with a value, and constant macros. */
function constants(m: Model, module: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const v of m.variables) if (v.module === module && isPublic(v)) out.set(v.id, v.value ?? v.type.spelling);
  for (const k of m.macros ?? []) if (k.module === module) out.set(k.name, k.value);
  return out;
}

function moduleDiff(a: Model, b: Model, module: string): ModuleDiff {
  const ca = classes(a, module);
  const cb = classes(b, module);
  const changedClasses: ChangedClass[] = [];
  for (const [id, c] of ca) {
    const d = cb.get(id);
    if (!d) continue;
    const ms = compareOverloads(byName([...c.constructors, ...c.methods.flatMap((s) => s.overloads)]), byName([...d.constructors, ...d.methods.flatMap((s) => s.overloads)]));
    if (ms.added.length || ms.removed.length || ms.changed.length) changedClasses.push({ id, addedMethods: ms.added, removedMethods: ms.removed, changedMethods: ms.changed });
  }
  const ea = new Map(a.enums.filter((e) => e.module === module && !e.anonymous).map((e) => [e.id, new Set(e.constants.map((k) => k.name))]));
  const eb = new Map(b.enums.filter((e) => e.module === module && !e.anonymous).map((e) => [e.id, new Set(e.constants.map((k) => k.name))]));
  const changedEnums = [...ea].filter(([id]) => eb.has(id)).map(([id, ks]) => {
    const other = eb.get(id)!;
    return { id, added: sorted([...other].filter((k) => !ks.has(k))), removed: sorted([...ks].filter((k) => !other.has(k))) };
  }).filter((e) => e.added.length || e.removed.length);
  const fa = new Map<string, FunctionDecl[]>();
  const fb = new Map<string, FunctionDecl[]>();
  for (const [m, map] of [[a, fa], [b, fb]] as const) for (const f of m.functions) if (f.module === module) map.set(f.parent, [...(map.get(f.parent) ?? []), f]);
  const functions = { added: [] as string[], removed: [] as string[], changed: [] as ChangedSignatures[] };
  for (const scope of sorted(new Set([...fa.keys(), ...fb.keys()]))) {
    const prefix = scope ? `${scope}::` : '';
    const r = compareOverloads(byName(fa.get(scope) ?? [], prefix), byName(fb.get(scope) ?? [], prefix), prefix);
    functions.added.push(...r.added);
    functions.removed.push(...r.removed);
    functions.changed.push(...r.changed);
  }
  const ka = constants(a, module);
  const kb = constants(b, module);
  return {
    module,
    classes: { added: sorted([...cb.keys()].filter((id) => !ca.has(id))), removed: sorted([...ca.keys()].filter((id) => !cb.has(id))), changed: changedClasses },
    enums: { added: sorted([...eb.keys()].filter((id) => !ea.has(id))), removed: sorted([...ea.keys()].filter((id) => !eb.has(id))), changed: changedEnums },
    functions,
    constants: {
      added: sorted([...kb].filter(([k]) => !ka.has(k)).map(([k, v]) => `${k} = ${v}`)),
      removed: sorted([...ka].filter(([k]) => !kb.has(k)).map(([k, v]) => `${k} = ${v}`)),
      changed: [...ka].filter(([k, v]) => kb.has(k) && kb.get(k) !== v).map(([k, v]) => ({ name: k, from: v, to: kb.get(k)! })),
    },
  };
}

/**
 * Compares `a` (old) with `b` (new), module by module (the modules of either). Methods count per
 * signature: a method of a removed class is not counted again; `changed` methods are names whose
 * overloads differ (a re-signed method), counted once per name.
 */
export function modelDiff(a: Model, b: Model): ApiDiff {
  const names = [...new Set([...a.modules.map((m) => m.name), ...b.modules.map((m) => m.name)])];
  const modules = names.map((m) => moduleDiff(a, b, m));
  const sum = (f: (d: ModuleDiff) => number) => modules.reduce((n, d) => n + f(d), 0);
  const methods = (k: 'addedMethods' | 'removedMethods' | 'changedMethods') => sum((d) => d.classes.changed.reduce((n, c) => n + c[k].length, 0));
  return {
    modules,
    totals: {
      classes: { added: sum((d) => d.classes.added.length), removed: sum((d) => d.classes.removed.length), changed: sum((d) => d.classes.changed.length) },
      methods: { added: methods('addedMethods'), removed: methods('removedMethods'), changed: methods('changedMethods') },
      enums: { added: sum((d) => d.enums.added.length), removed: sum((d) => d.enums.removed.length), changed: sum((d) => d.enums.changed.length) },
      functions: { added: sum((d) => d.functions.added.length), removed: sum((d) => d.functions.removed.length), changed: sum((d) => d.functions.changed.length) },
      constants: { added: sum((d) => d.constants.added.length), removed: sum((d) => d.constants.removed.length), changed: sum((d) => d.constants.changed.length) },
    },
  };
}

/** Whether anything changed. */
export const isEmptyDiff = (d: ApiDiff) => Object.values(d.totals).every((t) => !t.added && !t.removed && !t.changed);
