/** Class and struct cursors → IR {@link ClassDecl}: bases, constructors, methods, fields, nested types. */
import { type Cursor, CursorKind, type Type } from '../clang/index.js';
import type { BaseRef, ClassDecl, FieldDecl, FunctionDecl, OverloadSet, TypeRef } from '../model/index.js';
import { copyProblem } from './copySemantics.js';
import { functionDecl } from './functions.js';
import { initializerText } from './initializer.js';
import type { ModelBuilder } from './ModelBuilder.js';
import {
  type Substitution, qualifiedName, substituteText, templateArgsText, toTypeRef, unqualified,
} from './typeRef.js';

const TAGS: Record<number, ClassDecl['tag']> = { [CursorKind.StructDecl]: 'struct', [CursorKind.UnionDecl]: 'union' };

/** Builds a class from `c` (a definition, a forward declaration, or a template walked with `sub`). */
export function buildClass(b: ModelBuilder, c: Cursor, id: string, parent: string, sub?: Substitution): ClassDecl {
  const ctx = b.ctx;
  const cls: ClassDecl = {
    ...ctx.base(c, parent, c.spelling, id),
    kind: 'class',
    tag: c.kind === CursorKind.ClassTemplate ? templateTag(c) : TAGS[c.kind] ?? 'class',
    bases: [], constructors: [], methods: [], fields: [], nested: [],
  };
  if (!c.isDefinition) {
    cls.incomplete = true;
    return cls;
  }
  if (c.isAbstract) cls.abstract = true;
  if (c.isFinal) cls.final = true;
  const size = sub ? null : c.type?.size;
  if (size) cls.size = size;
  const problem = copyProblem(c);
  if (problem) cls.copyProblem = problem;
  const layout: ClassDecl['layout'] = [];

  const sets = new Map<string, OverloadSet>();
  const addMethod = (fn: FunctionDecl) => {
    let set = sets.get(fn.name);
    if (!set) {
      set = { name: fn.name, overloads: [] };
      sets.set(fn.name, set);
      cls.methods.push(set);
    }
    if (!set.overloads.some((o) => o.id === fn.id)) set.overloads.push(fn);
  };

  for (const m of c.children()) {
    const access = ctx.access(m);
    switch (m.kind) {
      case CursorKind.CXXBaseSpecifier:
        cls.bases.push(baseRef(b, m, sub));
        break;
      case CursorKind.Constructor:
        cls.constructors.push(functionDecl(ctx, m, id, sub));
        break;
      case CursorKind.Destructor:
        cls.destructor = { access: access ?? 'public', ...(m.isVirtual ? { virtual: true } : {}), ...(m.isDeleted ? { deleted: true } : {}) };
        break;
      case CursorKind.CXXMethod:
      case CursorKind.ConversionFunction:
        if (access !== 'private') addMethod(functionDecl(ctx, m, id, sub));
        break;
      case CursorKind.FieldDecl:
        layout.push({ name: m.spelling, type: toTypeRef(m.type!, sub), access: access ?? 'public' });
        if (access !== 'private') cls.fields.push(fieldDecl(b, m, id, sub));
        break;
      case CursorKind.VarDecl:
        if (access !== 'private') cls.fields.push(fieldDecl(b, m, id, sub));
        break;
      default:
        if (access !== 'private') {
          const nested = b.visitTypeDecl(m, id, sub);
          if (nested && !cls.nested.includes(nested)) cls.nested.push(nested);
        }
    }
  }
  // In declaration order: an AST loaded from the cache lists static data members apart from the
  // other fields (a fresh parse does not), and the model must not depend on which it was.
  cls.fields.sort((x, y) => x.location.line - y.location.line);
  if (layout.length) cls.layout = layout;
  return cls;
}

/** `class` or `struct`, from the template's first tokens after `template<…>`. */
function templateTag(c: Cursor): ClassDecl['tag'] {
  const tokens = c.tokens();
  let depth = 0;
  for (const t of tokens) {
    if (t === '<') depth++;
    else if (t === '>') depth--;
    else if (depth === 0 && (t === 'class' || t === 'struct' || t === 'union')) return t;
  }
  return 'class';
}

function baseRef(b: ModelBuilder, m: Cursor, sub?: Substitution): BaseRef {
  const type = m.type!;
  const ref: BaseRef = { type: toTypeRef(type, sub), access: b.ctx.access(m) ?? 'public' };
  const canonical = type.canonical;
  const inst = sub ? templateBase(b, type, sub) : b.requireInstantiation(canonical);
  if (inst) ref.decl = inst;
  else if (ref.type.decl) ref.decl = ref.type.decl;
  if (m.isVirtualBase) ref.virtual = true;
  return ref;
}

/**
 * A base named with the parameters of the template being instantiated (`VecBase<N, T>` inside
 * `Vec<3, float>`): binds the base template's parameters and queues that instantiation too.
 */
function templateBase(b: ModelBuilder, type: Type, sub: Substitution): string | undefined {
  const tmpl = type.declaration;
  if (!tmpl || tmpl.kind !== CursorKind.ClassTemplate) return undefined;
  const params = tmpl.children().filter((k) =>
    k.kind === CursorKind.TemplateTypeParameter || k.kind === CursorKind.NonTypeTemplateParameter ||
    k.kind === CursorKind.TemplateTemplateParameter).map((k) => k.spelling);
  const written = templateArgsText(unqualified(type.spelling));
  if (written.length !== params.length) return undefined;
  const args = new Map<string, TypeRef | string>();
  written.forEach((text, i) => args.set(params[i]!, sub.args.get(text) ?? substituteText(text, sub)));
  const argText = [...args.values()].map((a) => (typeof a === 'string' ? a : unqualified(a.canonical)));
  const id = `${qualifiedName(tmpl)}<${argText.join(', ')}>`;
  const name = tmpl.spelling;
  return b.requireTemplateInstance(tmpl, id, { args, order: params, self: id, selfNames: [`${name}<${params.join(', ')}>`, name] });
}

function fieldDecl(b: ModelBuilder, m: Cursor, parent: string, sub?: Substitution): FieldDecl {
  const name = m.spelling;
  const f: FieldDecl = { ...b.ctx.base(m, parent, name, `${parent}::${name}`), kind: 'field', type: toTypeRef(m.type!, sub) };
  if (m.kind === CursorKind.VarDecl) {
    f.static = true;
    const value = initializerText(m);
    if (value !== undefined) f.value = substituteText(value, sub);
    // No value here: it is defined in the library, under the symbol the addon will link against.
    else if (!sub && !m.isDefinition && !m.definition) f.symbol = m.mangling;
  }
  return f;
}
