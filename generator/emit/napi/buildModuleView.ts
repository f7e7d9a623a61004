/** The whole module's view: bound classes (base before derived), enums, translation units, catch clauses. */
import type { FunctionDecl, Model } from '../../model/index.js';
import { TypeMapRegistry, type SequenceRule, type TypeMap } from '../../typemaps/index.js';
import { BindingSet } from './BindingSet.js';
import { buildClassView } from './buildClassView.js';
import type { FunctionExtras } from './CallSite.js';
import type { ClassView, EnumView, ModuleView, UnitView } from './views.js';

/** What the spec decides for emission. */
export interface EmitSpec {
  /** Module name (names the init function and the JS file). */
  name: string;
  /** Whether declarations from this header (module-relative path) are bound. */
  include: (file: string, module: string) => boolean;
  /** Extra headers every translation unit includes (runtime parts such as the engine's exception converter). */
  includes?: string[];
  /** C++ catch clauses (in order) that turn engine exceptions into JS errors; `env` and `where` are in scope. */
  catchClauses?: string[];
  /** Buffer sizes and memory views by qualified function name. */
  functions?: Record<string, FunctionExtras>;
  /** Pointer fields exposed as memory views, by qualified field name (`Ogre::PixelBox::data`). */
  fields?: Record<string, { viewLength: string }>;
  /** Name of the JS error class for engine exceptions (`OgreException`). */
  errorClass?: string;
  /**
   * C++ condition under which the garbage collector may still delete engine objects (polymorphic
   * classes) and release shared pointers; after the engine shut down they are left to the process
   * exit, since their destructors would reach into freed managers.
   */
  finalizeWhile?: string;
  /**
   * Singletons: static `method`s that assert their instance exists get that check first (an Error
   * instead of an abort). `$class` in `check` is the C++ class, in `message` the JS class.
   */
  singleton?: { method: string; check: string; message: string };
  /** User type maps, tried before the built-in ones. */
  typemaps?: TypeMap[];
  /** Value classes that also accept arrays of numbers (copied). */
  sequences?: SequenceRule[];
}

/** Builds the module view from a model that has been through the rule passes. */
export function buildModuleView(model: Model, spec: EmitSpec): ModuleView {
  const set = new BindingSet(model, spec.include);
  const registry = new TypeMapRegistry(set, spec.typemaps, spec.sequences);
  const skipped: ModuleView['skipped'] = [];
  const printable = new Set(
    model.functions
      .filter((f) => f.operator === '<<' && f.params.length === 2 && /ostream/.test(f.params[0]!.type.canonical))
      .map((f) => f.params[1]!.type.canonical.replace(/^const /, '').replace(/ &$/, '')),
  );
  const extras = (fn: FunctionDecl): FunctionExtras => {
    const own = spec.functions?.[qualifiedName(fn)] ?? {};
    const single = spec.singleton;
    if (!single || !fn.static || fn.name !== single.method) return own;
    const js = set.classOf(fn.parent)?.jsName ?? fn.parent;
    const guard: [string, string] = [single.check.replace(/\$class/g, fn.parent), single.message.replace(/\$class/g, js)];
    return { ...own, requires: [...(own.requires ?? []), guard] };
  };
  const input = { set, registry, extras, fieldViews: spec.fields ?? {}, finalizeWhile: spec.finalizeWhile, printable, skip: (id: string, reason: string) => skipped.push({ id, reason }) };
  const views = baseFirst(set.classes.map((c) => buildClassView(input, c)));
  views.forEach((v, i) => { v.index = i; });

  // Where each class, enum and typedef is declared, for the units' includes.
  const declaredIn = new Map<string, string>();
  for (const list of [model.classes, model.enums, model.typedefs]) {
    for (const d of list) if (d.module && !declaredIn.has(d.id)) declaredIn.set(d.id, d.location.file);
  }
  const units = new Map<string, UnitView>();
  for (const v of views) {
    const file = declaredIn.get(v.id)!;
    const key = file.replace(/\.h$/, '').replace(/[^\w]/g, '_');
    const unit = units.get(key) ?? { file: `${key}.cpp`, registerName: `register_${key}`, headers: [file], classes: [] };
    unit.classes.push(v);
    for (const id of v.uses) {
      const h = declaredIn.get(id);
      if (h && !unit.headers.includes(h)) unit.headers.push(h);
    }
    units.set(key, unit);
  }
  for (const unit of units.values()) unit.headers = [unit.headers[0]!, ...unit.headers.slice(1).sort()];
  const enums: EnumView[] = set.enums
    .filter((e) => !set.classOf(e.parent))
    .map((e) => ({
      jsName: e.jsName ?? e.name, doc: e.doc?.brief ?? '', flat: !e.scoped,
      constants: e.constants.map((k) => ({ name: k.name, value: String(k.value) })),
    }));
  const headers = [...new Set(set.classes.map((c) => c.location.file))].sort();
  // Classes and enums of every module after the first also appear as Ogre.<Module>.<Name>.
  const moduleOf = new Map<string, string>([...set.classes, ...set.enums].map((d) => [d.id, d.module]));
  const namespaces = model.modules.slice(1).map((m) => ({
    name: m.name,
    members: [
      ...views.filter((v) => moduleOf.get(v.id) === m.name).map((v) => v.jsName),
      ...set.enums.filter((e) => e.module === m.name && !set.classOf(e.parent)).map((e) => e.jsName ?? e.name),
    ].sort(),
  // A namespace named like a class (Overlay's module and Ogre::Overlay) stays flat: the class keeps the name.
  })).filter((n) => n.members.length > 0 && !views.some((v) => v.jsName === n.name));
  return {
    name: spec.name,
    includes: spec.includes ?? [],
    headers,
    units: [...units.values()].sort((a, b) => a.file.localeCompare(b.file)),
    classes: views,
    enums,
    catchClauses: spec.catchClauses ?? [],
    namespaces,
    finalizeWhile: spec.finalizeWhile ?? '',
    errorClass: spec.errorClass ?? 'NativeException',
    skipped,
  };
}

/** `Ogre::Image::loadDynamicImage`, the key of per-function spec extras. */
function qualifiedName(fn: FunctionDecl): string {
  return `${fn.parent}::${fn.name}`;
}

/** Orders classes so every JS base class is defined before its subclasses; otherwise by id. */
function baseFirst(views: ClassView[]): ClassView[] {
  const byName = new Map(views.map((v) => [v.jsName, v]));
  const out: ClassView[] = [];
  const done = new Set<string>();
  const visit = (v: ClassView) => {
    if (done.has(v.jsName)) return;
    done.add(v.jsName);
    for (const name of [v.jsBase, ...v.secondaryBases]) {
      const base = byName.get(name);
      if (base) visit(base);
    }
    out.push(v);
  };
  [...views].sort((a, b) => a.jsName.localeCompare(b.jsName)).forEach(visit);
  return out;
}
