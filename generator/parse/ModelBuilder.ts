/** Walks a translation unit and collects the declarations of the modules' files into a {@link Model}. */
import { type Cursor, CursorKind, type TranslationUnit, TypeKind } from '../clang/index.js';
import type {
  ClassDecl, EnumDecl, FunctionDecl, Model, ModuleInfo, NamespaceDecl, TemplateDecl, TypedefDecl,
  VariableDecl,
} from '../model/index.js';
import { DeclContext } from './DeclContext.js';
import type { ModuleSpec } from './ModuleSpec.js';
import { functionDecl } from './functions.js';
import { type Substitution, qualifiedName, resetTypeCache, specializationId, templateArgsText, toTypeRef } from './typeRef.js';
import { buildClass } from './classes.js';
import { enumDecl } from './enums.js';
import { linkDecls } from './linkDecls.js';
import { initializerText } from './initializer.js';

/** The umbrella's namespace of typedefs naming instantiations to walk (ParseInput.instances). */
export const INSTANCES_NAMESPACE = 'ogre_napi_instances';

const RECORD_KINDS = new Set<number>([CursorKind.ClassDecl, CursorKind.StructDecl, CursorKind.UnionDecl]);

/** A class template specialization waiting to be walked; with `sub`, `decl` is the template itself. */
interface PendingInstantiation { id: string; decl: Cursor; sub?: Substitution }

/** Collects declarations; call {@link ModelBuilder.build} once. */
export class ModelBuilder {
  readonly ctx: DeclContext;
  private readonly namespaces = new Map<string, NamespaceDecl>();
  private readonly classes = new Map<string, ClassDecl>();
  private readonly templates = new Map<string, TemplateDecl>();
  private readonly enums = new Map<string, EnumDecl>();
  private readonly typedefs = new Map<string, TypedefDecl>();
  private readonly functions = new Map<string, FunctionDecl>();
  private readonly variables = new Map<string, VariableDecl>();
  private readonly pending: PendingInstantiation[] = [];

  constructor(private readonly modules: readonly ModuleSpec[]) {
    this.ctx = new DeclContext(modules);
  }

  /** Walks the unit and returns the model. */
  build(tu: TranslationUnit, infos: ModuleInfo[]): Model {
    resetTypeCache();
    this.visitScope(tu.root, '');
    while (this.pending.length) this.instantiate(this.pending.shift()!);
    const byId = <T extends { id: string }>(m: Map<string, T>) =>
      [...m.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const model: Model = {
      format: 1,
      modules: infos,
      namespaces: byId(this.namespaces),
      classes: byId(this.classes),
      templates: byId(this.templates),
      enums: byId(this.enums),
      typedefs: byId(this.typedefs),
      functions: byId(this.functions),
      variables: byId(this.variables),
    };
    linkDecls(model);
    return model;
  }

  private inModules(cursor: Cursor): boolean {
    return this.ctx.moduleOf(cursor.location.file) !== null;
  }

  /** Visits namespace-level declarations under `scope` whose id is `parent`. */
  visitScope(scope: Cursor, parent: string): void {
    for (const c of scope.children()) {
      const kind = c.kind;
      if (kind === CursorKind.LinkageSpec || kind === CursorKind.UnexposedDecl) {
        this.visitScope(c, parent);
        continue;
      }
      if (kind === CursorKind.Namespace && c.spelling === INSTANCES_NAMESPACE && !parent) {
        for (const t of c.children()) if (t.kind === CursorKind.TypedefDecl) this.requireInstantiation(t.underlyingType!.canonical);
        continue;
      }
      if (!this.inModules(c)) continue;
      switch (kind) {
        case CursorKind.Namespace: this.visitNamespace(c, parent); break;
        case CursorKind.FunctionDecl: this.addFunction(c, parent); break;
        case CursorKind.VarDecl: this.addVariable(c, parent); break;
        default: this.visitTypeDecl(c, parent);
      }
    }
  }

  /** Classes, enums, typedefs and templates, at namespace or class scope; returns the id added. */
  visitTypeDecl(c: Cursor, parent: string, sub?: Substitution): string | undefined {
    const kind = c.kind;
    if (RECORD_KINDS.has(kind)) return this.addClass(c, parent, sub);
    if (kind === CursorKind.EnumDecl) return this.addEnum(c, parent);
    if (kind === CursorKind.TypedefDecl || kind === CursorKind.TypeAliasDecl) return this.addTypedef(c, parent, sub);
    if (kind === CursorKind.ClassTemplate) return this.addTemplate(c, parent);
    return undefined;
  }

  private visitNamespace(c: Cursor, parent: string): void {
    if (c.isAnonymous || !c.spelling) return;
    const id = parent ? `${parent}::${c.spelling}` : c.spelling;
    if (!this.namespaces.has(id)) this.namespaces.set(id, { ...this.ctx.base(c, parent, c.spelling, id), kind: 'namespace' });
    this.visitScope(c, id);
  }

  private addClass(c: Cursor, parent: string, sub?: Substitution): string | undefined {
    if (c.isAnonymous || !c.spelling) return undefined;
    const tmpl = c.specializedTemplate;
    const id = tmpl && !sub ? specializationId(c.type!, tmpl) : `${parent ? `${parent}::` : ''}${c.spelling}`;
    const existing = this.classes.get(id);
    if (!c.isDefinition) {
      if (!existing && !c.definition) this.classes.set(id, buildClass(this, c, id, parent, sub));
      return id;
    }
    if (existing && !existing.incomplete) return id;
    const cls = buildClass(this, c, id, parent, sub);
    if (tmpl && !sub) {
      cls.name = id.slice(parent ? parent.length + 2 : 0);
      cls.template = { id: qualifiedName(tmpl), args: templateArgsText(id) };
    }
    this.classes.set(id, cls);
    return id;
  }

  private addEnum(c: Cursor, parent: string): string | undefined {
    if (!c.isDefinition) return undefined;
    const e = enumDecl(this.ctx, c, parent);
    this.enums.set(e.id, e);
    return e.id;
  }

  private addTypedef(c: Cursor, parent: string, sub?: Substitution): string {
    const id = `${parent ? `${parent}::` : ''}${c.spelling}`;
    const underlying = c.underlyingType!;
    const t: TypedefDecl = { ...this.ctx.base(c, parent, c.spelling, id), kind: 'typedef', underlying: toTypeRef(underlying, sub) };
    if (c.kind === CursorKind.TypeAliasDecl) t.using = true;
    this.typedefs.set(id, t);
    if (!sub) this.requireInstantiation(underlying.canonical);
    return id;
  }

  private addTemplate(c: Cursor, parent: string): string {
    const id = `${parent ? `${parent}::` : ''}${c.spelling}`;
    if (!this.templates.has(id) || c.isDefinition) {
      const params = c.children()
        .filter((k) => k.kind === CursorKind.TemplateTypeParameter || k.kind === CursorKind.NonTypeTemplateParameter || k.kind === CursorKind.TemplateTemplateParameter)
        .map((k) => k.spelling);
      this.templates.set(id, { ...this.ctx.base(c, parent, c.spelling, id), kind: 'template', params });
    }
    return id;
  }

  private addFunction(c: Cursor, parent: string): void {
    const fn = functionDecl(this.ctx, c, parent);
    if (!this.functions.has(fn.id) || c.isDefinition) this.functions.set(fn.id, fn);
  }

  private addVariable(c: Cursor, parent: string): void {
    const id = `${parent ? `${parent}::` : ''}${c.spelling}`;
    const v: VariableDecl = { ...this.ctx.base(c, parent, c.spelling, id), kind: 'variable', type: toTypeRef(c.type!) };
    const value = initializerText(c);
    if (value !== undefined) v.value = value;
    // `extern const String BLANKSTRING;`: defined in the library, under this symbol.
    else if (!c.isDefinition) v.symbol = c.mangling;
    if (!this.variables.has(id) || value !== undefined) this.variables.set(id, v);
  }

  /**
   * Queues the class template specialization a type names (through typedefs or as a base), when
   * its template lives in a module: `typedef Vector<3, Real> Vector3` brings `Ogre::Vector<3, float>`.
   */
  requireInstantiation(type: import('../clang/index.js').Type): string | undefined {
    if (type.kind !== TypeKind.Record) return undefined;
    const decl = type.declaration;
    if (!decl || !decl.specializedTemplate) return undefined;
    const tmpl = decl.specializedTemplate;
    const id = specializationId(type, tmpl);
    if (this.classes.has(id) || this.pending.some((p) => p.id === id)) return id;
    if (!this.inModules(tmpl) && !this.inModules(decl)) return undefined;
    this.pending.push({ id, decl });
    return id;
  }

  /**
   * Queues an instantiation that clang never made, named inside another one being walked (the base
   * `VecBase<N, T>` of `Vec<3, float>`): `tmpl` is walked with `sub` binding its parameters.
   */
  requireTemplateInstance(tmpl: Cursor, id: string, sub: Substitution): string | undefined {
    if (this.classes.has(id) || this.pending.some((p) => p.id === id)) return id;
    if (!this.inModules(tmpl)) return undefined;
    this.pending.push({ id, decl: tmpl, sub });
    return id;
  }

  /** Walks an explicit specialization as is, or the template with its parameters substituted. */
  private instantiate({ id, decl, sub: given }: PendingInstantiation): void {
    if (this.classes.has(id)) return;
    const parent = qualifiedName(decl.semanticParent!);
    if (given) {
      const cls = buildClass(this, decl.definition ?? decl, id, parent, given);
      cls.name = id.slice(parent.length ? parent.length + 2 : 0);
      cls.template = { id: qualifiedName(decl), args: templateArgsText(id) };
      this.classes.set(id, cls);
      return;
    }
    const tmpl = decl.specializedTemplate!;
    const explicit = decl.isDefinition && decl.children().some((k) => k.kind !== CursorKind.TemplateRef && k.kind !== CursorKind.TypeRef && k.kind < 100);
    const source = explicit ? decl : tmpl.definition ?? tmpl;
    const args = templateArgsText(id);
    const sub = explicit ? undefined : substitutionFor(source, id, args, decl);
    const cls = buildClass(this, source, id, parent, sub);
    cls.name = id.slice(parent.length ? parent.length + 2 : 0);
    cls.template = { id: qualifiedName(tmpl), args };
    this.classes.set(id, cls);
  }
}

/** Binds the template's parameters to the instantiation's arguments. */
function substitutionFor(tmpl: Cursor, id: string, argsText: string[], decl: Cursor): Substitution {
  const params = tmpl.children().filter((k) =>
    k.kind === CursorKind.TemplateTypeParameter || k.kind === CursorKind.NonTypeTemplateParameter ||
    k.kind === CursorKind.TemplateTemplateParameter);
  const argTypes = decl.type?.templateArguments ?? [];
  const args = new Map<string, import('../model/index.js').TypeRef | string>();
  params.forEach((p, i) => {
    const text = argsText[i];
    if (text === undefined) return;
    const at = argTypes[i];
    args.set(p.spelling, p.kind === CursorKind.TemplateTypeParameter && at && at.kind !== TypeKind.Invalid ? toTypeRef(at) : text);
  });
  const name = tmpl.spelling;
  return { args, order: params.map((p) => p.spelling), self: id, selfNames: [`${name}<${params.map((p) => p.spelling).join(', ')}>`, name] };
}
