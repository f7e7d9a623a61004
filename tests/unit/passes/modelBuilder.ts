/** Builds small plain models for pass tests: declarations with ids in the parser's scheme, and a sample model. */
import type {
  ClassDecl, EnumDecl, FieldDecl, FunctionDecl, Model, Param, TypedefDecl, TypeRef, VariableDecl,
} from '../../../generator/model/index.js';

const where = { file: 'Fixture.h', line: 1 };

/** Scope and last segment of a qualified name. */
function split(id: string): [string, string] {
  const sep = id.lastIndexOf('::', id.includes('<') ? id.indexOf('<') : id.length);
  return sep < 0 ? ['', id] : [id.slice(0, sep), id.slice(sep + 2)];
}

/** A type: kind guessed from the spelling (pointer, reference, void, builtin, else record). */
export function type(spelling: string, canonical = spelling): TypeRef {
  const kind = spelling.endsWith('*') ? 'pointer' : spelling.endsWith('&') ? 'lvalue-ref'
    : spelling === 'void' ? 'void' : /^(bool|int|float|double|unsigned \w+|char)$/.test(spelling) ? 'builtin' : 'record';
  return { kind, spelling, canonical };
}

/** A parameter `name` of type `spelling` (canonical given when it differs). */
export function param(spelling: string, name: string, canonical = spelling): Param {
  return { name, type: type(spelling, canonical) };
}

/** A function of the given kind; its id is `<parent>::<name>(<param spellings>)[ const]`. */
export function fn(kind: FunctionDecl['kind'], parent: string, name: string, params: Param[] = [], extra: Partial<FunctionDecl> = {}): FunctionDecl {
  const sig = `${params.map((p) => p.type.spelling).join(', ')}`;
  const id = `${parent ? `${parent}::` : ''}${name}(${sig})${extra.const ? ' const' : ''}`;
  return { kind, id, name, parent, module: 'Fixture', location: where, access: 'public', params, returns: type('void'), ...extra };
}

/** A class with the given members; methods are grouped into overload sets by name. */
export function cls(id: string, members: { ctors?: Param[][]; methods?: FunctionDecl[]; fields?: string[]; nested?: string[] } = {}): ClassDecl {
  const [parent, name] = split(id);
  const methods: ClassDecl['methods'] = [];
  for (const m of members.methods ?? []) {
    const set = methods.find((s) => s.name === m.name);
    if (set) set.overloads.push(m);
    else methods.push({ name: m.name, overloads: [m] });
  }
  const ctorName = name.replace(/<.*$/, '');
  const fields: FieldDecl[] = (members.fields ?? []).map((f) => ({
    kind: 'field', id: `${id}::${f}`, name: f, parent: id, module: 'Fixture', location: where, type: type('float'),
  }));
  return {
    kind: 'class', tag: 'class', id, name, parent, module: 'Fixture', location: where, bases: [],
    constructors: (members.ctors ?? []).map((ps) => fn('constructor', id, ctorName, ps)),
    methods, fields, nested: members.nested ?? [],
  };
}

/** A typedef of `id` to `canonical` (a class id when `decl` is given). */
export function typedef(id: string, canonical: string, decl?: string): TypedefDecl {
  const [parent, name] = split(id);
  return { kind: 'typedef', id, name, parent, module: 'Fixture', location: where, underlying: { ...type(canonical), ...(decl ? { decl } : {}) } };
}

/** An enum with one constant. */
export function enumDecl(id: string): EnumDecl {
  const [parent, name] = split(id);
  return { kind: 'enum', id, name, parent, module: 'Fixture', location: where, underlying: 'int', constants: [{ name: 'A', value: 0 }] };
}

/** A namespace variable. */
export function variable(id: string): VariableDecl {
  const [parent, name] = split(id);
  return { kind: 'variable', id, name, parent, module: 'Fixture', location: where, type: type('const Ogre::String', 'const std::string') };
}

/** A model of these declarations, each list sorted by id like the parser's. */
export function model(decls: { classes?: ClassDecl[]; typedefs?: TypedefDecl[]; enums?: EnumDecl[]; functions?: FunctionDecl[]; variables?: VariableDecl[] }): Model {
  const sorted = <T extends { id: string }>(list: T[] = []) => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    format: 1, modules: [{ name: 'Fixture', root: '/fixture', headers: ['Fixture.h'] }], namespaces: [], templates: [],
    classes: sorted(decls.classes), typedefs: sorted(decls.typedefs), enums: sorted(decls.enums),
    functions: sorted(decls.functions), variables: sorted(decls.variables),
  };
}
