/** The whole module's view: bound classes (base before derived), enums, translation units, catch clauses. */
import type { ClassDecl, EnumDecl, FunctionDecl, Model } from '../../model/index.js';
import { generatedLine } from '../generatedHeader.js';
import { TypeMapRegistry, type SequenceRule, type TypeFamilies, type TypeMap } from '../../typemaps/index.js';
import { valueCode } from './valueCode.js';
import { BindingSet } from './BindingSet.js';
import { buildClassView } from './buildClassView.js';
import { buildFunctionViews } from './buildFunctionViews.js';
import { enumClassLiteral, flatConstants } from './enumObject.js';
import { resolveDocReferences } from '../docRefs.js';
import type { FunctionExtras } from './CallSite.js';
import type { ClassView, EnumView, JsMemberView, ModuleView, NativeFnView, UnitView, ValueView } from './views.js';

/** What the spec decides for emission. */
export interface EmitSpec {
  /** Module name (names the init function and the JS file). */
  name: string;
  /** What the bindings are made from, for the `@generated` line of every file (`OGRE's headers`; default `C++ headers`). */
  source?: string;
  /** Whether declarations from this header (module-relative path) are bound. */
  include: (file: string, module: string) => boolean;
  /** Extra headers every translation unit includes (runtime parts such as the engine's exception converter). */
  includes?: string[];
  /** C++ catch clauses (in order) that turn engine exceptions into JS errors; `env` and `where` are in scope. */
  catchClauses?: string[];
  /** Buffer sizes and memory views by qualified function name. */
  functions?: Record<string, FunctionExtras>;
  /**
   * Preconditions of whole families of functions: every function whose `Parent::name` matches
   * `match` (and whose name does not match `except`) gets `extras` (its `requires` and `includes`).
   */
  families?: { match: RegExp; except?: RegExp; extras: FunctionExtras }[];
  /**
   * Index parameters checked against their count (`getTechnique(index)` ↔ `getNumTechniques()`):
   * a method whose name matches `method` and that has an integer parameter whose name matches
   * `param` is checked against the first of `counts(match)` its class (or a base) has as a method
   * without parameters: an Error instead of an engine assertion or a read past the end.
   */
  indexed?: { method: RegExp; param: RegExp; counts: (m: RegExpExecArray) => string[] }[];
  /**
   * Preconditions of constructors: those of each listed class and every class derived from it
   * (engine objects that need the engine, or another object, to exist first). `$class` in a
   * condition is the C++ class being constructed.
   */
  constructorGuards?: { of: string[]; requires: [condition: string, message: string][] }[];
  /** Pointer fields exposed as memory views, by qualified field name (`Ogre::PixelBox::data`). */
  fields?: Record<string, { viewLength: string }>;
  /** Name of the JS error class for engine exceptions (`OgreException`). */
  errorClass?: string;
  /**
   * Subclasses of the error class: the catch clauses name one as `ErrorInfo::typeName`; `number`
   * picks one for `<errorFactory>.throwException(number, …)`.
   */
  errorSubclasses?: { name: string; number: number }[];
  /** JS name of the exception factory (`ExceptionFactory`), or none. */
  errorFactory?: string;
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
  singleton?: { method: string; check: string; message: string; doc?: string };
  /**
   * Whether the libraries export a linker symbol: static members and free functions that are only
   * declared in a header are bound when they do (headers declare a few that no library defines).
   */
  linkable?: (symbol: string) => boolean;
  /**
   * About how many C++ translation units to write. Every unit loads the precompiled engine headers
   * (most of a small unit's compile time), so per-header units are packed into this many; a header
   * bigger than a share stays alone. Unset: one unit per header.
   */
  translationUnits?: number;
  /**
   * Headers whose classes are called in tight loops (math values): their units are never packed
   * and are named `hot_*.cpp`, which the build compiles with more optimisation.
   */
  hotHeaders?: string[];
  /**
   * Second JS names for bound classes, alias → class id (SWIG-Python's names for shared pointers
   * to a class: ours are the class itself). Every entry must name a bound class.
   */
  aliases?: Record<string, { class: string; doc: string }>;
  /** Constants the headers do not declare where a module has them: C++ expressions, each with its reason. */
  constants?: { name: string; module: string; value: string; doc: string }[];
  /** Names of the first module that another module's file (`ogre-napi/Bites`) exports too, by module. */
  alsoIn?: Record<string, string[]>;
  /**
   * Members written in JS (the async frame loop), by class id: the method's source as a class member
   * and its TypeScript signature. For what only JS can do; C++ bodies are extend rules.
   */
  jsMembers?: Record<string, JsMemberView[]>;
  /**
   * Value-class functions done in JS, by C++ function id: the name of the runtime's implementation
   * (lib/valueMath.js). The generated method calls it instead of the native function (which stays,
   * for OGRE_NAPI_NATIVE_MATH=1 and the tests comparing the two).
   */
  valueMath?: Record<string, string>;
  /**
   * Getters (`Ogre::Node::getPosition`) returning a float-only value class by const reference to a
   * field of their object: JS reads the field through a view of the object's memory, no native call.
   */
  memberViews?: string[];
  /** User type maps, tried before the built-in ones. */
  typemaps?: TypeMap[];
  /** Templates and callback signatures of the bound libraries that join the built-in type maps' families. */
  typeFamilies?: TypeFamilies;
  /** Value classes that also accept arrays of numbers (copied). */
  sequences?: SequenceRule[];
  /**
   * Nullability: pointer results are `T | null` in the typings unless a rule here matches the
   * function's or constant's qualified name (`Ogre::SceneManager::createEntity`, `Ogre::RGN_DEFAULT`):
   * factories that throw instead of returning null, objects that always exist.
   */
  nonNull?: { match: RegExp; except?: RegExp; why: string }[];
  /**
   * Value classes, by canonical id (exact, or a pattern): JS objects holding the fields, crossing to
   * C++ in the registers (no native allocation). Their bases must be value classes too.
   */
  values?: (string | RegExp)[];
}

/** Builds the module view from a model that has been through the rule passes. */
export function buildModuleView(model: Model, spec: EmitSpec): ModuleView {
  // Copied docs of Singleton<T>'s members (a template the model has no members of) come from the spec.
  resolveDocReferences(model, (ref) => (spec.singleton?.doc && ref.endsWith(`::${spec.singleton.method}`) ? spec.singleton.doc : undefined));
  const isValue = (id: string) => (spec.values ?? []).some((v) => (typeof v === 'string' ? v === id : v.test(id)));
  const set = new BindingSet(model, spec.include, isValue);
  const registry = new TypeMapRegistry(set, spec.typemaps, spec.sequences, [], spec.typeFamilies);
  const skipped: ModuleView['skipped'] = [];
  const printable = new Set(
    model.functions
      .filter((f) => f.operator === '<<' && f.params.length === 2 && /ostream/.test(f.params[0]!.type.canonical))
      .map((f) => f.params[1]!.type.canonical.replace(/^const /, '').replace(/ &$/, '')),
  );
  // Overrides of a virtual method share its spec (`HardwareBuffer::lock` → every buffer's lock).
  const signature = (f: FunctionDecl) => f.params.map((p) => p.type.canonical).join(',');
  const inheritedExtras = (fn: FunctionDecl, id = fn.parent, seen = new Set<string>()): FunctionExtras | undefined => {
    for (const b of set.byId.get(id)?.bases ?? []) {
      if (!b.decl || seen.has(b.decl)) continue;
      seen.add(b.decl);
      const overridden = set.byId.get(b.decl)?.methods.find((m) => m.name === fn.name)?.overloads.some((o) => o.virtual && signature(o) === signature(fn));
      const found = (overridden ? spec.functions?.[`${b.decl}::${fn.name}`] : undefined) ?? inheritedExtras(fn, b.decl, seen);
      if (found) return found;
    }
    return undefined;
  };
  const isNonNull = (name: string) => (spec.nonNull ?? []).some((n) => n.match.test(name) && !n.except?.test(name));
  // A rule for a class's method also covers overrides in derived classes (they keep the base's contract).
  const overridesNonNull = (fn: FunctionDecl, id = fn.parent, seen = new Set<string>()): boolean => {
    if (seen.has(id)) return false;
    seen.add(id);
    if (isNonNull(`${id}::${fn.name}`)) return true;
    return (set.byId.get(id)?.bases ?? []).some((b) => b.decl !== undefined && overridesNonNull(fn, b.decl, seen));
  };
  // Asked several times per overload (planning, natives, dispatch): worked out once.
  const known = new Map<FunctionDecl, FunctionExtras>();
  const extras = (fn: FunctionDecl): FunctionExtras => {
    let e = known.get(fn);
    if (!e) known.set(fn, (e = extrasOf(fn)));
    return e;
  };
  const extrasOf = (fn: FunctionDecl): FunctionExtras => {
    let own = spec.functions?.[qualifiedName(fn)] ?? (fn.virtual ? inheritedExtras(fn) : undefined) ?? {};
    const inJs = spec.valueMath?.[fn.id];
    if (inJs) own = { ...own, js: inJs };
    const site = spec.memberViews?.indexOf(qualifiedName(fn)) ?? -1;
    if (site >= 0 && fn.kind === 'method' && fn.params.length === 0) own = { ...own, memberView: site };
    if (fn.kind !== 'constructor' && overridesNonNull(fn)) own = { ...own, nonNull: true };
    for (const f of spec.families ?? []) {
      if (!f.match.test(qualifiedName(fn)) || f.except?.test(fn.name)) continue;
      own = { ...f.extras, ...own, requires: [...(own.requires ?? []), ...(f.extras.requires ?? [])], includes: [...(own.includes ?? []), ...(f.extras.includes ?? [])] };
    }
    const checks = fn.kind === 'method' && !fn.static ? indexChecks(set.byId, fn, spec.indexed ?? []) : [];
    if (checks.length) own = { ...own, requires: [...(own.requires ?? []), ...checks] };
    if (fn.kind === 'constructor') {
      for (const g of spec.constructorGuards ?? []) {
        if (!g.of.some((base) => derivesFrom(set.byId, fn.parent, base))) continue;
        const js = set.classOf(fn.parent)?.jsName ?? fn.parent;
        const guards = g.requires.map(([c, m]): [string, string] => [c.replace(/\$class/g, fn.parent), m.replace(/\$class/g, js)]);
        own = { ...own, requires: [...(own.requires ?? []), ...guards] };
      }
    }
    const single = spec.singleton;
    if (!single || !fn.static || fn.name !== single.method) return own;
    const js = set.classOf(fn.parent)?.jsName ?? fn.parent;
    const guard: [string, string] = [single.check.replace(/\$class/g, fn.parent), single.message.replace(/\$class/g, js)];
    return { ...own, requires: [...(own.requires ?? []), guard] };
  };
  const input = { set, registry, extras, linkable: spec.linkable ?? (() => true), fieldViews: spec.fields ?? {}, jsMembers: spec.jsMembers ?? {}, finalizeWhile: spec.finalizeWhile, printable, skip: (id: string, reason: string) => skipped.push({ id, reason }) };
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
    const unit = units.get(key) ?? { file: `${key}.cpp`, registerName: `register_${key}`, headers: [file], directors: false, classes: [] };
    unit.classes.push(v);
    for (const h of [...v.uses.map((id) => declaredIn.get(id)), ...v.headers]) {
      if (h && !unit.headers.includes(h)) unit.headers.push(h);
    }
    units.set(key, unit);
  }
  const enumView = (e: EnumDecl): EnumView => {
    const jsName = e.anonymous ? '' : e.jsName ?? e.name;
    const constants = e.constants.map((k) => ({ name: k.name, value: String(k.value) }));
    return {
      jsName, doc: e.doc?.brief ?? '', flat: !e.scoped, constants,
      definition: jsName ? enumClassLiteral(jsName, constants) : '', flatConstants: flatConstants(jsName, constants),
    };
  };
  // Namespace-level enums (class-level ones are statics of their class).
  const moduleLevel = [...set.enums, ...anonymousEnums(model, spec.include)].filter((e) => !set.classOf(e.parent));
  const enums: EnumView[] = moduleLevel.map(enumView);
  // Module-level names so far: flat functions may not shadow them.
  const taken = new Set([...views.map((v) => v.jsName), ...enums.flatMap((e) => [e.jsName, ...(e.flat ? e.constants.map((k) => k.name) : [])])]);
  const functionGroups = buildFunctionViews({ ...model, functions: [...model.functions, ...functorFunctions(model, set)] }, input, spec.include, taken);
  for (const g of functionGroups) {
    const file = g.file;
    const key = `${file.replace(/\.h$/, '').replace(/[^\w]/g, '_')}_${g.cpp.replace(/\W+/g, '_') || 'global'}_functions`;
    const headers = [file, ...g.uses.map((id) => declaredIn.get(id)).filter((h): h is string => h !== undefined && h !== file), ...g.headers];
    units.set(key, { file: `${key}.cpp`, registerName: `register_${key}`, headers: [...new Set(headers)], directors: false, classes: [{ cpp: g.cpp, jsName: g.jsName, natives: g.natives, director: null }] });
  }
  const values = buildValues(model, set, registry, spec, input.linkable, taken, skipped);
  // An alias of a class these headers lack (or do not bind) is left out; `ogre-bindgen check` reports it.
  const aliases = Object.entries(spec.aliases ?? {}).flatMap(([jsName, a]) => {
    const target = set.classOf(a.class);
    if (!target) { skipped.push({ id: jsName, reason: `alias of ${a.class}, which is not a bound class` }); return []; }
    return [{ jsName, target: target.jsName, doc: a.doc, module: set.byId.get(a.class)!.module }];
  });
  if (values.views.length) {
    units.set('values', { file: 'values.cpp', registerName: 'register_values', headers: values.headers, directors: false, classes: [{ cpp: 'constants', jsName: 'values', natives: [valuesNative(values.views)], director: null }] });
  }
  const hot = new Set(spec.hotHeaders ?? []);
  const isHot = (u: UnitView) => hot.has(u.headers[0]!);
  for (const u of units.values()) if (isHot(u)) { u.file = `hot_${u.file}`; u.registerName = `register_hot_${u.registerName.slice('register_'.length)}`; }
  const cold = [...units.values()].filter((u) => !isHot(u));
  const packed = [...[...units.values()].filter(isHot), ...(spec.translationUnits ? packUnits(cold, spec.translationUnits) : cold)];
  for (const unit of packed) {
    unit.headers = [unit.headers[0]!, ...[...new Set(unit.headers.slice(1))].sort()];
    unit.directors = unit.classes.some((c) => c.director);
  }
  const headers = [...new Set(set.classes.map((c) => c.location.file))].sort();
  // Classes and enums of every module after the first also appear as Ogre.<Module>.<Name>.
  const moduleOf = new Map<string, string>([...set.classes, ...set.enums].map((d) => [d.id, d.module]));
  // Each free function's module, by `namespace::jsName` (a flat group spans modules; Ogre's does).
  const functionModule = new Map(model.functions.map((f) => [`${f.parent}::${f.jsName ?? f.name}`, f.module]));
  const functionNames = (g: (typeof functionGroups)[number], m: string) => (g.flat
    ? g.methods.filter((fm) => functionModule.get(`${g.cpp}::${fm.jsName}`) === m).map((fm) => fm.jsName)
    : g.methods.some((fm) => functionModule.get(`${g.cpp}::${fm.jsName}`) === m) ? [g.jsName] : []);
  const namespaces = model.modules.slice(1).map((m) => ({
    name: m.name,
    members: [...new Set([
      ...views.filter((v) => moduleOf.get(v.id) === m.name).map((v) => v.jsName),
      ...moduleLevel.filter((e) => e.module === m.name).map(enumView)
        .flatMap((e) => [...(e.jsName ? [e.jsName] : []), ...(e.flat ? e.constants.map((k) => k.name) : [])]),
      ...values.views.filter((v) => values.moduleOf.get(v.jsName) === m.name).map((v) => v.jsName),
      ...aliases.filter((a) => a.module === m.name).map((a) => a.jsName),
      ...spec.alsoIn?.[m.name] ?? [],
      ...functionGroups.flatMap((g) => functionNames(g, m.name)),
    ])].sort(),
    // A module named like a class (Overlay and Ogre::Overlay) is no Ogre.<Module>: the class keeps the name.
    nested: !views.some((v) => v.jsName === m.name),
  })).filter((n) => n.members.length > 0);
  const valueCpp = valueCode(set);
  return {
    name: spec.name,
    generatedLine: generatedLine(spec.source),
    includes: spec.includes ?? [],
    valueHeader: valueCpp.header,
    valueIncludes: [...new Set(set.classes.filter((c) => set.classOf(c.id)!.value).map((c) => c.location.file))].sort(),
    valueOffsets: valueCpp.offsets,
    headers,
    units: packed.sort((a, b) => a.file.localeCompare(b.file)),
    classes: views,
    enums,
    functionGroups,
    values: values.views,
    aliases: aliases.map(({ jsName, target, doc }) => ({ jsName, target, doc })),
    catchClauses: spec.catchClauses ?? [],
    namespaces,
    finalizeWhile: spec.finalizeWhile ?? '',
    errorClass: spec.errorClass ?? 'NativeException',
    errorSubclasses: spec.errorSubclasses ?? [],
    errorFactory: spec.errorFactory ?? '',
    skipped,
  };
}

/** Constant macros and namespace-level variables with a type map, in the module's bound headers. */
function buildValues(model: Model, set: BindingSet, registry: TypeMapRegistry, { include, constants, nonNull }: EmitSpec, linkable: (symbol: string) => boolean, taken: Set<string>, skipped: ModuleView['skipped']) {
  const views: ValueView[] = [];
  const known = (id: string) => (nonNull ?? []).some((n) => n.match.test(id) && !n.except?.test(id));
  const headers = new Set<string>();
  const moduleOf = new Map<string, string>();
  const add = (name: string, module: string, file: string, view: Omit<ValueView, 'jsName' | 'read'>, read = `V.${name}`) => {
    if (taken.has(name)) { skipped.push({ id: name, reason: 'name taken by a class, enum, constant or function' }); return; }
    taken.add(name);
    views.push({ jsName: name, read, ...view });
    headers.add(file);
    moduleOf.set(name, module);
  };
  for (const m of model.macros ?? []) {
    if (!include(m.location.file, m.module)) continue;
    add(m.name, m.module, m.location.file, { set: `o.Set("${m.name}", rt::js(env, (${m.name})));`, guard: m.name, tsType: `${m.type ?? 'number'}${m.conditional ? ' | undefined' : ''}`, doc: '' });
  }
  for (const v of model.variables) {
    if (!v.module || set.classOf(v.parent) || !include(v.location.file, v.module)) continue;
    if (v.symbol && !linkable(v.symbol)) { skipped.push({ id: v.id, reason: `declared, but no library exports ${v.symbol}` }); continue; }
    const map = registry.find(v.type, 'out');
    // Plain values, and enums (their instance, from the number: no receiver is involved).
    if (!map || (map.jsOut && map.name !== 'enum')) { skipped.push({ id: v.id, reason: `no plain value type map for ${v.type.canonical}` }); continue; }
    add(v.name, v.module, v.location.file, { set: `o.Set("${v.name}", ${map.cppOut(v.id, v.type, registry.env)});`, guard: '', tsType: map.tsOut(known(v.id) ? { ...v.type, nonNull: true } : v.type, registry.env), doc: v.doc?.brief ?? '' },
      map.jsOut ? map.jsOut(`V.${v.name}`, v.type, registry.env) : `V.${v.name}`);
  }
  for (const k of constants ?? []) {
    add(k.name, k.module, '', { set: `o.Set("${k.name}", rt::js(env, (${k.value})));`, guard: '', tsType: 'number', doc: k.doc });
  }
  return { views, headers: [...headers].filter(Boolean).sort(), moduleOf };
}

/** `$values()`: every constant in one object, read once when the module loads. */
function valuesNative(views: ValueView[]): NativeFnView {
  const body = ['Napi::Object o = Napi::Object::New(env);'];
  for (const v of views) body.push(...(v.guard ? [`#ifdef ${v.guard}`, v.set, '#endif'] : [v.set]));
  return { name: '$values', where: 'values', argc: 0, body: [...body, 'return o;'] };
}

/**
 * Packs per-header units into `count` buckets by a hash of their name, so a change to one class
 * recompiles one bucket and the packing does not move when other classes change. Units weighing
 * more than a bucket's share (lines of native code) keep a unit of their own.
 */
function packUnits(units: UnitView[], count: number): UnitView[] {
  const weight = (u: UnitView) => u.classes.reduce((n, c) => n + c.natives.reduce((m, f) => m + f.body.length + 4, 0), 0);
  const share = units.reduce((n, u) => n + weight(u), 0) / count;
  const out: UnitView[] = [];
  const buckets = new Map<number, UnitView>();
  for (const u of units) {
    if (weight(u) > share) { out.push(u); continue; }
    let h = 2166136261;
    for (const ch of u.file) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    const k = h % count;
    const name = `unit${String(k).padStart(2, '0')}`;
    const b = buckets.get(k) ?? { file: `${name}.cpp`, registerName: `register_${name}`, headers: [], directors: false, classes: [] };
    b.headers.push(...u.headers);
    b.classes.push(...u.classes);
    buckets.set(k, b);
  }
  return [...out, ...buckets.values()];
}

/** Whether class `id` is `base` or derives from it (through any bases the model has). */
/** The count checks of `fn`'s index parameters (see EmitSpec.indexed). */
function indexChecks(byId: ReadonlyMap<string, ClassDecl>, fn: FunctionDecl, rules: NonNullable<EmitSpec['indexed']>): [string, string][] {
  const out: [string, string][] = [];
  for (const rule of rules) {
    const m = rule.method.exec(fn.name);
    if (!m) continue;
    const param = fn.params.find((p) => rule.param.test(p.name) && /^(?:unsigned |const )*(?:int|short|long|long long|unsigned|size_t|unsigned long|unsigned short|unsigned int|unsigned long long)$/.test(p.type.canonical));
    if (!param) continue;
    const count = rule.counts(m).find((name) => hasNullary(byId, fn.parent, name));
    if (!count) continue;
    out.push([`static_cast<size_t>($${param.name}) < static_cast<size_t>(self->${count}())`, `${param.name} is out of range (${count}() is the count)`]);
    break;
  }
  return out;
}

/** Whether class `id` (or a base) has a public method `name` taking no arguments. */
function hasNullary(byId: ReadonlyMap<string, ClassDecl>, id: string, name: string, seen = new Set<string>()): boolean {
  if (seen.has(id)) return false;
  seen.add(id);
  const c = byId.get(id);
  if (!c) return false;
  if (c.methods.some((s) => s.name === name && s.overloads.some((o) => o.params.length === 0 && !o.static && o.access !== 'private' && o.access !== 'protected'))) return true;
  return c.bases.some((b) => b.decl !== undefined && hasNullary(byId, b.decl, name, seen));
}

function derivesFrom(byId: ReadonlyMap<string, ClassDecl>, id: string, base: string, seen = new Set<string>()): boolean {
  if (id === base) return true;
  if (seen.has(id)) return false;
  seen.add(id);
  return (byId.get(id)?.bases ?? []).some((b) => b.decl !== undefined && derivesFrom(byId, b.decl, base, seen));
}

/** `enum { ID_MATERIAL = 3, … }` at namespace level in a bound header: its constants are bound flat. */
function anonymousEnums(model: Model, include: (file: string, module: string) => boolean): EnumDecl[] {
  const classIds = new Set(model.classes.map((c) => c.id));
  return model.enums.filter((e) => e.anonymous && e.module && !classIds.has(e.parent) && include(e.location.file, e.module) && e.constants.length > 0);
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

/**
 * Namespace constants that are function objects (`const SPFMNone SPFM_NONE`, a no-op deleter):
 * functions of that name calling the object's `operator()` (C++ code calls them the same way).
 */
function functorFunctions(model: Model, set: BindingSet): FunctionDecl[] {
  return model.variables.flatMap((v) => {
    const cls = set.classOf(v.type.canonical.replace(/^const /, ''));
    if (!cls || set.classOf(v.parent)) return [];
    const ops = set.byId.get(cls.id)?.methods.find((m) => m.name === 'operator()')?.overloads ?? [];
    return ops.filter((op) => (op.access ?? 'public') === 'public').map((op): FunctionDecl => {
      const args = op.params.map((p) => p.name).join(', ');
      const call = `const_cast<${cls.cpp}&>(${v.id})(${args})`;
      return {
        kind: 'function', id: `${v.id}(${op.params.map((p) => p.type.canonical).join(', ')})`, name: v.name, parent: v.parent,
        module: v.module, location: v.location, params: op.params, returns: op.returns,
        extension: { body: op.returns.kind === 'void' ? `${call};` : `return ${call};` },
      };
    });
  });
}
