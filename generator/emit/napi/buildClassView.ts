/** A bound class → its {@link ClassView}: constructors, methods, accessors, statics, toString, natives. */
import type { ClassDecl, FunctionDecl, TypeRef } from '../../model/index.js';
import type { TypeMapRegistry } from '../../typemaps/index.js';
import type { BindingSet } from './BindingSet.js';
import { type CallContext, type CallKind, type FunctionExtras, type Resolved, jsMethod, nativeFns, resolveOverload } from './CallSite.js';
import { buildDirector } from './directors.js';
import { enumClassLiteral, flatConstants } from './enumObject.js';
import { operatorJsName } from './operators.js';
import { overloadOrder } from './overloadOrder.js';
import { valueClassView } from './valueClassView.js';
import { signatureText } from './signatureText.js';
import type { ClassView, DirectorView, JsAccessorView, JsMemberView, JsMethodView, NativeFnView } from './views.js';

/** Inputs for building class views. */
export interface ClassViewInput {
  set: BindingSet;
  registry: TypeMapRegistry;
  extras: (fn: FunctionDecl) => FunctionExtras;
  /** C++ condition under which engine objects may still be deleted by finalizers. */
  finalizeWhile?: string;
  /** Pointer fields exposed as memory views, by qualified name. */
  fieldViews: Record<string, { viewLength: string }>;
  /** Whether the libraries export a symbol (see EmitSpec.linkable). */
  linkable: (symbol: string) => boolean;
  /** Members written in JS, by class id. */
  jsMembers: Record<string, JsMemberView[]>;
  /** Classes with an `operator<<(std::ostream&, const T&)`. */
  printable: Set<string>;
  skip: (id: string, reason: string) => void;
}

/** Builds the view of one class. */
export function buildClassView(input: ClassViewInput, c: ClassDecl): ClassView {
  const bound = input.set.classOf(c.id)!;
  const ctx: CallContext = { registry: input.registry, cpp: c.id, jsClass: bound.jsName, extras: input.extras };
  const natives: NativeFnView[] = [];
  const uses = new Set<string>();
  const headers = new Set<string>();
  // A class living in C++ cannot extend a value class in JS (MovablePlane's Plane part is engine memory).
  const direct = c.bases.flatMap((b) => (b.access === 'public' && b.decl && input.set.classOf(b.decl) ? [input.set.classOf(b.decl)!] : []))
    .filter((b) => !b.value || bound.value);
  const jsBase = direct[0];
  // Value classes have no address: no subobject offsets, no deleter, fields held in JS.
  const isValue = bound.value !== undefined;
  const ancestors = isValue ? [] : boundAncestors(input, c);
  if (ancestors.length) natives.push(offsetsNative(bound.jsName, c.id, ancestors));
  // An opaque handle (a class the headers only declare) is neither made nor deleted by JS.
  const deletable = !isValue && !c.incomplete && (!c.destructor || (c.destructor.access === 'public' && !c.destructor.deleted));
  const constructible = isValue || deletable;

  const group = (fns: FunctionDecl[], kind: CallKind, jsName: string): JsMethodView | null => {
    const where = `${bound.jsName}.${jsName}`;
    const prefix = `${bound.jsName}$${kind === 'constructor' ? 'new' : jsName}${kind === 'static' ? '$s' : ''}`;
    const { resolved, names } = bindOverloads(input, ctx, fns, kind, prefix, where, { uses, natives, headers });
    if (!resolved.length) return null;
    return jsMethod(ctx, resolved, names, kind, jsName, where, resolved.map((r) => signatureText(r, input.registry.env, bound.jsName)));
  };

  // A class that declares no constructor has C++'s implicit default constructor.
  const declared = c.constructors.length ? c.constructors : [implicitDefaultConstructor(c)];
  const ctors = input.set.abstract.has(c.id) || !constructible ? [] : declared.filter((k) => isPublic(k) && !k.deleted);
  const constructor = group(ctors, 'constructor', 'constructor');
  const { director, directorNew } = c.director && deletable ? directorOf(input, ctx, c, declared, { uses, natives }) : { director: null, directorNew: null };
  // Value classes copy in JS (the template's first branch): the typings say so too.
  if (isValue && constructor && !constructor.ts.some((t) => t.params.length === 1 && t.params[0]!.type.split(' | ')[0] === bound.jsName)) {
    constructor.ts.push({ params: [{ name: 'other', type: bound.jsName, optional: false, doc: 'The value to copy.' }], returns: '', doc: 'A copy of `other`.', returnsDoc: '', deprecated: null });
  }

  const open = input.set.openPure.get(c.id);
  const pureVirtuals = open ? [...new Set(open.map((f) => f.jsName ?? f.name))] : null;
  const methods: JsMethodView[] = [];
  for (const [key, fns] of methodGroups(c)) {
    const [kind, jsName] = key.split(' ') as [CallKind, string];
    const view = group(fns, kind, jsName);
    if (view && jsBase && declaresAbove(input, jsBase.id, key)) view.inherited = true;
    // Else a secondary base's method of that name (hidden by this one, not mixed in) takes the other calls.
    const mixed = view && !view.inherited && kind === 'method' ? direct.slice(1).find((b) => declaresAbove(input, b.id, key)) : undefined;
    if (view && mixed) view.mixedFrom = mixed.jsName;
    // An override that sets no out-parameter returns nothing: the typings allow it.
    if (view && director?.withOuts.includes(jsName)) view.ts = view.ts.map((t) => ({ ...t, returns: `${t.returns} | void` }));
    // Pure here and not implemented below: subclasses must define it (an abstract class's own pure virtuals).
    if (view && kind === 'method' && pureVirtuals && fns.every((f) => f.pure)) view.isAbstract = true;
    if (view) methods.push(view);
  }

  const accessors = c.fields.filter((f) => isPublic(f) && (!isValue || f.static)).flatMap((f) => {
    if (f.symbol && !input.linkable(f.symbol)) { input.skip(f.id, `declared, but no library exports ${f.symbol}`); return []; }
    const a = accessor(input, bound.jsName, c.id, f.name, f.type, f.static === true);
    if (!a) { input.skip(f.id, `no type map for field type ${f.type.canonical}`); return []; }
    a.view.doc = f.doc?.brief ?? '';
    natives.push(...a.natives);
    return [a.view];
  });
  // operator<< gives toString(); a toString extension method gets the same inspect output.
  const printable = input.printable.has(c.id) && !methods.some((m) => m.jsName === 'toString');
  if (printable) natives.push(toStringNative(bound.jsName, c.id, isValue));
  const hasToString = printable || methods.some((m) => m.jsName === 'toString' && !m.isStatic);
  if (deletable && (constructor || director)) {
    const guard = bound.polymorphic && input.finalizeWhile ? [`if (!(${input.finalizeWhile})) return nullptr;  // engine shut down`] : [];
    natives.push({ name: `${bound.jsName}$delete`, where: `${bound.jsName}.delete`, argc: 1, body: [...guard, `rt::deleteOwned(rt::ptr<${c.id}>(info[0]));`, 'return nullptr;'] });
  }

  const statics = input.set.enums.filter((e) => e.parent === c.id).flatMap((e) => {
    const enumName = e.jsName ?? e.name;
    const constants = e.constants.map((k) => ({ name: k.name, value: String(k.value) }));
    return [
      { jsName: enumName, value: enumClassLiteral(`${bound.jsName}.${enumName}`, constants), tsType: 'enum', constants },
      ...(e.scoped ? [] : flatConstants(`${bound.jsName}.${enumName}`, constants)
        .map((k) => ({ jsName: k.name, value: k.value, tsType: `${bound.jsName}.${enumName}` }))),
    ];
  });
  return {
    id: c.id, cpp: c.id, jsName: bound.jsName, jsBase: jsBase?.jsName ?? (isValue ? 'rt.Value' : 'rt.NativeObject'),
    value: isValue ? valueClassView(bound, constructor?.params ? constructor.params.split(', ').length : 0) : null,
    selfArg: isValue ? 'rt.slotsOf(this)' : `rt.selfAs(this, ${bound.jsName})`,
    doc: c.doc?.brief ?? '', constructor, deleter: deletable && (constructor || director) ? `${bound.jsName}$delete` : '',
    methods, accessors, statics, hasToString, printable, natives,
    secondaryBases: direct.slice(1).map((b) => b.jsName),
    offsets: ancestors.length ? `${bound.jsName}$bases` : '',
    index: 0,
    polymorphic: bound.polymorphic,
    uses: [...uses].sort(),
    director,
    directorNew,
    pureVirtuals,
    refusal: JSON.stringify(refusal(bound.jsName, pureVirtuals, directorNew !== null)),
    jsMembers: input.jsMembers[c.id] ?? [],
    headers: [...headers].sort(),
  };
}

/** Why `new Cls()` of the class itself fails: abstract (naming its pure virtuals), or not constructible from JS. */
function refusal(jsName: string, pure: string[] | null, subclassable: boolean): string {
  if (pure === null) return `${jsName} cannot be constructed from JavaScript`;
  const which = pure.length ? ` (pure virtual: ${pure.join(', ')})` : '';
  const them = pure.length > 1 ? 'them' : 'it';
  return subclassable
    ? `${jsName} is abstract${which}: construct a JS subclass that defines ${pure.length ? them : 'its pure virtual methods'}`
    : `${jsName} is abstract${which}: JavaScript cannot construct it`;
}

/**
 * A director class's trampoline, the `$director` constructor JS subclasses call (its natives
 * construct the trampoline; protected constructors too) and the native binding a new object to JS.
 */
function directorOf(input: ClassViewInput, ctx: CallContext, c: ClassDecl, declared: FunctionDecl[],
  into: { uses: Set<string>; natives: NativeFnView[] }): { director: DirectorView | null; directorNew: JsMethodView | null } {
  const js = ctx.jsClass;
  const director = buildDirector(input.registry, input.set, c, js);
  if (typeof director === 'string') { input.skip(c.id, `no director: ${director}`); return { director: null, directorNew: null }; }
  for (const id of director.skipped) input.skip(id, 'a JS override is not called: a type of it has no type map');
  const dctx: CallContext = { ...ctx, cpp: director.name };
  const where = `${js}.constructor`;
  const ctors = declared.filter((k) => k.access !== 'private' && !k.deleted);
  const { resolved, names } = bindOverloads(input, dctx, ctors, 'constructor', `${js}$director`, where, into);
  if (!resolved.length) { input.skip(c.id, 'no director: no constructor JS can call'); return { director: null, directorNew: null }; }
  const directorNew = jsMethod(dctx, resolved, names, 'constructor', '$director', where, []);
  directorNew.isStatic = true;
  into.natives.push({
    name: director.bind, where: `${js}.constructor`, argc: 4,
    body: [`static_cast<${director.name}*>(rt::ptr<${c.id}>(info[0]))->bindDirector(env_, info[1], info[2], info[3], ${director.classVar});`, 'return nullptr;'],
  });
  return { director, directorNew };
}

/**
 * Resolves overloads (a C++ signature once), skipping those without type maps, and adds each one's
 * native functions (`<prefix>$<k>$<argc>`) and the types it uses to `into`.
 */
export function bindOverloads(input: ClassViewInput, ctx: CallContext, fns: FunctionDecl[], kind: CallKind, prefix: string, where: string,
  into: { uses: Set<string>; natives: NativeFnView[]; headers?: Set<string> }): { resolved: Resolved[]; names: string[] } {
  const resolved: Resolved[] = [];
  const names: string[] = [];
  const seen = new Set<string>();
  for (const fn of fns) {
    const key = fn.params.map((p) => p.type.canonical).join(',');
    if (seen.has(key)) continue;
    const r = resolveOverload(ctx, fn, kind);
    if (typeof r === 'string') { input.skip(fn.id, r); continue; }
    seen.add(key);
    for (const q of [fn.returns, ...fn.params.map((x) => x.type)]) collectUses(q, into.uses);
    for (const h of ctx.extras(fn).includes ?? []) into.headers?.add(h);
    const name = `${prefix}$${resolved.length}`;
    resolved.push(r);
    names.push(name);
    into.natives.push(...nativeFns(ctx, r, kind, name, where));
  }
  const order = overloadOrder(resolved, ctx.registry.env);
  return { resolved: order.map((i) => resolved[i]!), names: order.map((i) => names[i]!) };
}

/** Records the classes, enums and typedefs a type names (through pointers, templates and typedefs). */
export function collectUses(t: TypeRef | string | undefined, into: Set<string>): void {
  if (!t || typeof t === 'string') return;
  if (t.name && (t.kind === 'record' || t.kind === 'enum' || t.kind === 'typedef')) into.add(t.name);
  if (t.kind === 'record') into.add(t.canonical.replace(/^const /, ''));
  collectUses(t.pointee, into);
  collectUses(t.target, into);
  t.templateArgs?.forEach((a) => collectUses(a, into));
}

const isPublic = (d: { access?: string }) => (d.access ?? 'public') === 'public';

function implicitDefaultConstructor(c: ClassDecl): FunctionDecl {
  const name = c.name.replace(/<.*$/, '');
  return {
    kind: 'constructor', id: `${c.id}::${name}()`, name, parent: c.id, module: c.module, location: c.location,
    params: [], returns: { kind: 'void', spelling: 'void', canonical: 'void' },
  };
}

/**
 * Whether the JS base class (or one of its JS bases) has a method of that `<kind> <jsName>`: C++
 * hides it behind the derived class's overloads, JS falls back to it (`lock(options)` on buffers
 * that override only `lock(offset, length, options)`).
 */
function declaresAbove(input: ClassViewInput, id: string, key: string): boolean {
  const c = input.set.byId.get(id);
  if (!c) return false;
  if (groupKeys(input, c).has(key)) return true;
  const base = c.bases.find((b) => b.access === 'public' && b.decl && input.set.classOf(b.decl));
  return base !== undefined && declaresAbove(input, base.decl!, key);
}

/** The method group keys of each class, per view build: every method of a derived class asks about its bases'. */
const keysByBuild = new WeakMap<ClassViewInput, Map<ClassDecl, Set<string>>>();

function groupKeys(input: ClassViewInput, c: ClassDecl): Set<string> {
  let byClass = keysByBuild.get(input);
  if (!byClass) keysByBuild.set(input, (byClass = new Map()));
  let keys = byClass.get(c);
  if (!keys) byClass.set(c, (keys = new Set(methodGroups(c).keys())));
  return keys;
}

/** Overloads grouped by `<kind> <jsName>`: instance and static methods with one name stay apart. */
function methodGroups(c: ClassDecl): Map<string, FunctionDecl[]> {
  const groups = new Map<string, FunctionDecl[]>();
  for (const set of c.methods) {
    for (const fn of set.overloads) {
      if (!isPublic(fn) || fn.deleted || fn.kind === 'conversion') continue;
      const jsName = fn.jsName ?? (fn.operator ? operatorJsName(fn.operator, fn.params.length) : fn.name);
      if (!jsName) continue;
      const key = `${fn.static ? 'static' : 'method'} ${jsName}`;
      groups.set(key, [...(groups.get(key) ?? []), fn]);
    }
  }
  return groups;
}

/** Getter/setter natives for a field; class-typed fields are returned by reference (borrowed). Values travel in registers. */
function accessor(input: ClassViewInput, js: string, cpp: string, name: string, type: TypeRef, isStatic: boolean) {
  const reg = input.registry;
  const memory = input.fieldViews[`${cpp}::${name}`];
  if (memory && !isStatic) return memoryAccessor(input, js, cpp, name, type, memory.viewLength);
  const isClass = input.set.classOf(type.canonical.replace(/^const /, '')) !== undefined;
  const outType: TypeRef = isClass ? { kind: 'lvalue-ref', spelling: `${type.spelling} &`, canonical: `${type.canonical} &`, pointee: type } : type;
  const out = reg.find(outType, 'out');
  if (!out) return undefined;
  const where = `${js}.${name}`;
  const target = isStatic ? `${cpp}::${name}` : `self->${name}`;
  const readSelf = isStatic ? [] : [`auto* self = rt::regPtr<${cpp}>(r[0]);`];
  const storeSelf = isStatic ? '' : `R[0] = rt.selfAs(this, ${js}); `;
  const getName = `${js}$get$${name}`;
  // Numbers come back in register 0; other values (strings, containers …) as napi values.
  const natives: NativeFnView[] = [{ name: getName, where, argc: 0, body: out.regOut
    ? ['double* r = rt::registers();', ...readSelf, out.regOut.cpp(target, outType, reg.env), 'return nullptr;']
    : [...(isStatic ? [] : ['double* r = rt::registers();']), ...readSelf, `return ${out.cppOut(target, outType, reg.env)};`] }];
  const valueClass = input.set.classOf(type.canonical.replace(/^const /, ''))?.value !== undefined;
  // An engine static of value type: one frozen copy, made on first use (nothing in JS can write the static).
  // A member object is part of its holder: its wrapper dies with the holder's.
  const part = isClass && !valueClass && !isStatic && out.name === 'class' ? ' rt.partOf(this, p);' : '';
  const get = valueClass && isStatic && out.regOut ? `return rt.constant('${where}', () => { N.${getName}(); return ${out.regOut.js(outType, reg.env)}; });`
    : out.regOut && part ? `${storeSelf}N.${getName}(); const p = ${out.regOut.js(outType, reg.env)};${part} return p;`
    : out.regOut ? `${storeSelf}N.${getName}(); return ${out.regOut.js(outType, reg.env)};`
    : `${storeSelf}const r = N.${getName}(); return ${out.jsOut ? out.jsOut('r', outType, reg.env) : 'r'};`;
  // Arrays are read-only here (a copy comes out; C arrays cannot be assigned).
  const inMap = type.const || /^const /.test(type.canonical) || type.kind === 'array' || (valueClass && isStatic) ? undefined : reg.find(type, 'in');
  const set: string[] = [];
  if (inMap?.regIn) {
    const setName = `${js}$set$${name}`;
    const k = isStatic ? 0 : 1;
    const arg = inMap.cppArg ? inMap.cppArg('v', type, reg.env) : 'v';
    natives.push({ name: setName, where, argc: 0, body: ['double* r = rt::registers();', ...readSelf, inMap.regIn.cpp(k, 'v', type, reg.env, { where, param: 'value' }), `${target} = ${arg};`, 'return nullptr;'] });
    const check = inMap.jsCheck('v', type, reg.env);
    const validate = inMap.jsValidate?.('v', type, reg.env, { where, param: 'value' }) ?? '';
    set.push(`if (!(${check})) throw new TypeError('${where}: expected ${inMap.tsIn(type, reg.env).replace(/'/g, "\\'")}');`, validate,
      `${storeSelf}${inMap.regIn.js('v', k, type, reg.env)} N.${setName}();`);
  } else if (inMap) {
    // The value arrives as a napi argument; `self` still travels in register 0.
    const setName = `${js}$set$${name}`;
    const site = { where, param: 'value' };
    const arg = inMap.cppArg ? inMap.cppArg('v', type, reg.env) : 'v';
    natives.push({ name: setName, where, argc: 1, body: [...(isStatic ? [] : ['double* r = rt::registers();']), ...readSelf, inMap.cppIn('info[0]', 'v', type, reg.env, site), `${target} = ${arg};`, 'return nullptr;'] });
    const validate = inMap.jsValidate?.('v', type, reg.env, site) ?? '';
    const pass = inMap.jsPass ? inMap.jsPass('v', type, reg.env) : 'v';
    set.push(`if (!(${inMap.jsCheck('v', type, reg.env)})) throw new TypeError('${where}: expected ${inMap.tsIn(type, reg.env).replace(/'/g, "\\'")}');`, validate,
      `${storeSelf}N.${setName}(${pass});`);
  }
  const view: JsAccessorView = { jsName: name, isStatic, get, set: set.filter(Boolean), tsType: out.tsOut(outType, reg.env), doc: '' };
  return { view, natives };
}

/** A pointer field read as a Uint8Array over the memory it points to, and set from any buffer (kept alive). */
function memoryAccessor(input: ClassViewInput, js: string, cpp: string, name: string, type: TypeRef, viewLength: string) {
  const reg = input.registry;
  const self = [`auto* self = rt::ptr<${cpp}>(info[0]);`];
  const getName = `${js}$get$${name}`;
  const natives: NativeFnView[] = [{ name: getName, where: `${js}.${name}`, argc: 1, body: [...self, `return rt::byteView(env, const_cast<void*>(static_cast<const void*>(self->${name})), ${viewLength});`] }];
  const set: string[] = [];
  const inMap = reg.find(type, 'in');
  if (inMap) {
    const setName = `${js}$set$${name}`;
    const site = { where: `${js}.${name}`, param: 'value' };
    natives.push({ name: setName, where: site.where, argc: 2, body: [...self,
      `if (info[1].IsNull()) { self->${name} = nullptr; return env.Undefined(); }`,
      inMap.cppIn('info[1]', 'v', type, reg.env, site), `self->${name} = ${inMap.cppArg ? inMap.cppArg('v', type, reg.env) : 'v'};`, 'return nullptr;'] });
    set.push(`if (v !== null && !(${inMap.jsCheck('v', type, reg.env)})) throw new TypeError('${js}.${name}: expected an ArrayBuffer, a typed array or null');`,
      `N.${setName}(rt.selfAs(this, ${js}), v);`, `rt.keep(this, '${name}', v);`);
  }
  const view: JsAccessorView = { jsName: name, isStatic: false, get: `return rt.view(N.${getName}(rt.selfAs(this, ${js})), this);`, set, tsType: 'Uint8Array | null', doc: '' };
  return { view, natives };
}

/**
 * Bound ancestors reachable through public, non-virtual inheritance on exactly one path: the
 * ones whose subobject address a static_cast can compute (JS passes that address to their natives).
 */
function boundAncestors(input: ClassViewInput, c: ClassDecl): { id: string; jsName: string }[] {
  const byId = input.set.byId;
  const paths = new Map<string, number>();
  const virtualPath = new Set<string>();
  const walk = (k: ClassDecl, viaVirtual: boolean) => {
    for (const b of k.bases) {
      if (b.access !== 'public' || !b.decl) continue;
      paths.set(b.decl, (paths.get(b.decl) ?? 0) + 1);
      if (viaVirtual || b.virtual) virtualPath.add(b.decl);
      const base = byId.get(b.decl);
      if (base) walk(base, viaVirtual || b.virtual === true);
    }
  };
  walk(c, false);
  return [...paths].filter(([id, n]) => n === 1 && !virtualPath.has(id) && input.set.classOf(id) && !input.set.classOf(id)!.value)
    .map(([id]) => ({ id, jsName: input.set.classOf(id)!.jsName }))
    .sort((a, b) => a.jsName.localeCompare(b.jsName));
}

/** `{ Base: offset }`: where each ancestor's subobject sits, from a static_cast of a probe address. */
function offsetsNative(js: string, cpp: string, ancestors: { id: string; jsName: string }[]): NativeFnView {
  return {
    name: `${js}$bases`, where: `${js}.bases`, argc: 0,
    body: [
      '// A probe address, never dereferenced: non-virtual upcasts only add a constant.',
      `auto* probe = reinterpret_cast<${cpp}*>(uintptr_t(1) << 20);`,
      'Napi::Object offsets = Napi::Object::New(env);',
      ...ancestors.map((a) => `offsets.Set("${a.jsName}", static_cast<double>(reinterpret_cast<uintptr_t>(static_cast<${a.id}*>(probe)) - (uintptr_t(1) << 20)));`),
      'return offsets;',
    ],
  };
}

function toStringNative(js: string, cpp: string, isValue: boolean): NativeFnView {
  const self = isValue ? [`${cpp} v; values::in(info[0], v); const auto* self = &v;`] : [`auto* self = rt::ptr<${cpp}>(info[0]);`];
  return {
    name: `${js}$toString`, where: `${js}.toString`, argc: 1,
    body: [...self, 'std::ostringstream os;', 'os << *self;', 'return rt::js(env, os.str());'],
  };
}
