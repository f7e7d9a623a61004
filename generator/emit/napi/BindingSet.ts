/** Which declarations of a (post-rules) model get bound, and the JS names and C++ spellings they get. */
import type { ClassDecl, EnumDecl, FunctionDecl, Model } from '../../model/index.js';
import type { BoundClass, BoundEnum, TypeMapEnv } from '../../typemaps/index.js';
import { normalizeCpp } from '../../passes/match/normalizeCpp.js';
import { TypedefResolver } from '../../passes/match/TypedefResolver.js';
import { valueLayout } from '../../typemaps/valueLayout.js';

/** Chooses declarations by module and header, and answers type-map questions about them. */
export class BindingSet implements TypeMapEnv {
  readonly classes: ClassDecl[];
  readonly enums: EnumDecl[];
  private readonly bound = new Map<string, BoundClass>();
  /** Bound classes that cannot be instantiated (own or inherited pure virtuals left unimplemented). */
  readonly abstract = new Set<string>();
  /** Per abstract class: its pure virtual methods no class on the way down implements (own or inherited). */
  readonly openPure = new Map<string, FunctionDecl[]>();
  private readonly enumNames = new Map<string, BoundEnum>();
  /** Every class of the model by id (bound or not). */
  readonly byId: ReadonlyMap<string, ClassDecl>;

  /**
   * `include(file, module)` says whether declarations of that header are bound; `isValue(id)` which
   * classes are value classes (an Error names any that cannot be one).
   */
  constructor(readonly model: Model, include: (file: string, module: string) => boolean, isValue: (id: string) => boolean = () => false) {
    const byId = new Map(model.classes.map((c) => [c.id, c]));
    this.byId = byId;
    // Classes the headers only declare are bound as opaque handles (`ImGuiContext`): no constructor, no members.
    const bindable = (c: ClassDecl): boolean =>
      (!c.incomplete || !c.template) && include(c.location.file, c.module) &&
      (c.access === undefined || c.access === 'public') &&
      (!byId.has(c.parent) || bindable(byId.get(c.parent)!));
    // Instantiations are bound when a rule names them (jsName) or a bound class derives from them.
    const candidates = model.classes.filter(bindable);
    const bases = new Set(candidates.flatMap((c) => c.bases.map((b) => b.decl ?? '')));
    this.classes = candidates.filter((c) => !c.template || c.jsName !== undefined || bases.has(c.id));
    for (const c of this.classes) {
      const open = openPureVirtuals(c, byId);
      const abstract = c.abstract === true || open.length > 0;
      if (abstract) {
        this.abstract.add(c.id);
        this.openPure.set(c.id, open);
      }
      this.bound.set(c.id, { id: c.id, jsName: jsClassName(c, byId), cpp: c.id, copyable: !abstract && isCopyable(c), polymorphic: isPolymorphic(c, byId) });
    }
    const boundIds = new Set(this.classes.map((c) => c.id));
    this.enums = model.enums.filter((e) =>
      !e.anonymous && include(e.location.file, e.module) && (e.access === undefined || e.access === 'public') &&
      (!byId.has(e.parent) || boundIds.has(e.parent)));
    for (const e of this.enums) {
      const owner = this.bound.get(e.parent);
      this.enumNames.set(e.id, { jsName: owner ? `${owner.jsName}.${e.jsName ?? e.name}` : e.jsName ?? e.name, cpp: e.id, ...valueRange(e) });
    }
    this.layOutValues(isValue);
  }

  /** Lays out the value classes, bases and nested value classes first; refuses those that cannot be. */
  private layOutValues(isValue: (id: string) => boolean): void {
    const problems: string[] = [];
    const done = new Set<string>();
    const env = { classOf: (id: string) => this.classOf(id), enumOf: (id: string) => this.enumNames.get(id), decl: (id: string) => this.byId.get(id) };
    const visit = (c: ClassDecl): void => {
      if (done.has(c.id)) return;
      done.add(c.id);
      for (const dep of [...c.bases.map((b) => b.decl ?? ''), ...(c.layout ?? []).map((f) => f.type.canonical.replace(/^const /, ''))]) {
        const d = this.byId.get(dep) ?? this.byId.get(this.classOf(dep)?.id ?? '');
        if (d && isValue(d.id)) visit(d);
      }
      const layout = valueLayout(c, env);
      if (typeof layout === 'string') problems.push(layout);
      else this.bound.get(c.id)!.value = layout;
    };
    for (const c of this.classes) if (isValue(c.id)) visit(c);
    if (problems.length) throw new Error(`value classes the spec names but the generator refuses:\n  ${problems.join('\n  ')}`);
  }

  classOf(id: string): BoundClass | undefined {
    return this.bound.get(id) ?? this.byShortName().get(id) ?? (id.includes('<') ? this.byResolvedArgs(id) : undefined);
  }

  private resolved?: { resolver: TypedefResolver; ids: Map<string, BoundClass> };
  /**
   * Bound classes by their id with typedefs in the template arguments resolved: a specialization
   * names itself with its written arguments (`VectorBase<2, Ogre::Real>` inside `VectorBase<2, float>`).
   */
  private byResolvedArgs(id: string): BoundClass | undefined {
    this.resolved ??= { resolver: new TypedefResolver(this.model), ids: new Map([...this.bound.values()].map((b) => [normalizeCpp(b.id), b])) };
    return this.resolved.ids.get(normalizeCpp(this.resolved.resolver.resolve(id)));
  }

  private shortNames?: Map<string, BoundClass>;
  /**
   * Bound classes by their name without namespaces (`ControllerValue<float>`), where that name is
   * unique: types substituted into class template members are spelled that way.
   */
  private byShortName(): Map<string, BoundClass> {
    if (!this.shortNames) {
      const counts = new Map<string, BoundClass[]>();
      for (const b of this.bound.values()) {
        const short = b.id.replace(/^(?:\w+::)+(?=[^:<]+(?:<|$))/, '');
        if (short !== b.id) counts.set(short, [...(counts.get(short) ?? []), b]);
      }
      this.shortNames = new Map([...counts].filter(([, bs]) => bs.length === 1).map(([k, bs]) => [k, bs[0]!]));
    }
    return this.shortNames;
  }

  derivesFrom(id: string, base: string, seen = new Set<string>()): boolean {
    if (id === base) return true;
    if (seen.has(id)) return false;
    seen.add(id);
    return (this.byId.get(id)?.bases ?? []).some((b) => b.decl !== undefined && this.derivesFrom(b.decl, base, seen));
  }

  enumOf(id: string): BoundEnum | undefined {
    return this.enumNames.get(id);
  }
}

/** `Vector3` from a rename, `Image_Box` for nested classes, `VectorBase_3_float` for unnamed instantiations. */
function jsClassName(c: ClassDecl, byId: Map<string, ClassDecl>): string {
  if (c.jsName) return c.jsName;
  const own = c.template ? c.name.replace(/[<>, :*&]+/g, '_').replace(/_+$/, '') : c.name;
  const outer = byId.get(c.parent);
  return outer ? `${jsClassName(outer, byId)}_${own}` : own;
}

/**
 * The pure virtual methods (own or inherited) with no non-pure override below them. A class is
 * abstract when clang says so or some are left — class template instantiations walked from their
 * template need the latter.
 */
function openPureVirtuals(c: ClassDecl, byId: Map<string, ClassDecl>): FunctionDecl[] {
  const key = (f: { name: string; params: { type: { canonical: string } }[]; const?: true }) =>
    `${f.name}(${f.params.map((p) => p.type.canonical).join(',')})${f.const ? 'c' : ''}`;
  const open = new Map<string, FunctionDecl>();
  const walk = (k: ClassDecl, seen: Set<string>) => {
    if (seen.has(k.id)) return;
    seen.add(k.id);
    for (const b of k.bases) if (b.decl && byId.has(b.decl)) walk(byId.get(b.decl)!, seen);
    for (const set of k.methods) {
      for (const f of set.overloads) {
        if (f.pure) open.set(key(f), f);
        else open.delete(key(f));
      }
    }
  };
  walk(c, new Set());
  return [...open.values()];
}

/** Has a virtual function or destructor, itself or through a base. */
function isPolymorphic(c: ClassDecl, byId: Map<string, ClassDecl>, seen = new Set<string>()): boolean {
  if (seen.has(c.id)) return false;
  seen.add(c.id);
  if (c.destructor?.virtual || c.methods.some((s) => s.overloads.some((f) => f.virtual))) return true;
  return c.bases.some((b) => b.decl !== undefined && byId.has(b.decl) && isPolymorphic(byId.get(b.decl)!, byId, seen));
}

/** Copyable when its copy constructor is not deleted or hidden and JS may delete it. */
function isCopyable(c: ClassDecl): boolean {
  if (c.incomplete || c.abstract || (c.destructor && (c.destructor.access !== 'public' || c.destructor.deleted))) return false;
  const copy = c.constructors.find((k) => k.params.length === 1 && k.params[0]!.type.kind === 'lvalue-ref' &&
    k.params[0]!.type.pointee?.canonical.replace(/^const /, '') === c.id);
  return !copy || (!copy.deleted && (copy.access ?? 'public') === 'public');
}

/** Accepted values of an enum: its constants' range, or every flag or'ed when the constants are bits. */
function valueRange(e: EnumDecl): { min: number; max: number; flags: boolean } {
  const values = e.constants.map((k) => Number(k.value)).filter(Number.isFinite);
  if (!values.length) return { min: 0, max: 0, flags: false };
  const min = Math.min(...values);
  const max = Math.max(...values);
  const flags = min >= 0 && values.filter((v) => v > 2).every((v) => (v & (v - 1)) === 0) && values.length > 2 && max > values.length;
  return { min, max: flags ? values.reduce((a, v) => a | v, 0) >>> 0 : max, flags };
}
