/** One C++ file holding every hand-written snippet of a spec, each in a lambda typed like its function, for a syntax check. */
import type { ClassDecl, FunctionDecl, Model } from '../model/index.js';
import type { EmitSpec } from '../emit/napi/buildModuleView.js';
import type { FunctionExtras } from '../emit/napi/CallSite.js';

/** Where a line of the unit came from. */
export interface SnippetOrigin {
  /** `functions['Ogre::Image::getData'].viewLength`, `extend Ogre::Vector3 { toString }`. */
  entry: string;
  /** The snippet as the spec has it. */
  text: string;
}

/** The unit's text and, per 1-based line, the snippet written there. */
export interface SnippetUnit { text: string; origins: Map<number, SnippetOrigin> }

const qualified = (fn: FunctionDecl) => `${fn.parent}::${fn.name}`;
const isPublicDecl = (fn: FunctionDecl) => fn.access === undefined || fn.access === 'public';
const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Every function, method and constructor of the model. */
function allFunctions(model: Model): FunctionDecl[] {
  return [...model.functions, ...model.classes.flatMap((c) => [...c.constructors, ...c.methods.flatMap((s) => s.overloads)])];
}

/** A type usable before a name whatever its declarator (function pointers, arrays): through an alias template. */
const typed = (t: string) => `check_t<${t}>`;

/** The lambda's parameters: `self` (a pointer, as the glue has it) and `p_<name>` for each parameter. */
function lambdaParams(fn: FunctionDecl, selfRef: boolean): string {
  const self = fn.kind === 'method' && !fn.static ? [`${fn.const ? 'const ' : ''}${fn.parent}${selfRef ? '&' : '*'} self`] : [];
  return [...self, ...fn.params.map((p, i) => `${typed(p.type.canonical)} ${selfRef ? p.name || `a${i}` : `p_${p.name || i}`}`)].join(', ');
}

/** The call the snippets' `result` stands for. */
function callOf(fn: FunctionDecl): string | undefined {
  const args = fn.params.map((p, i) => `p_${p.name || i}`).join(', ');
  if (fn.kind === 'constructor' || fn.operator) return undefined;
  if (fn.kind === 'function' || fn.static) return `${qualified(fn)}(${args})`;
  return `self->${fn.name}(${args})`;
}

/**
 * Writes the unit: `headers` first (the engine), then per spec function entry one lambda per
 * overload it applies to (its `requires`, `viewLength` and `bufferSizes` snippets over `self`,
 * `result` and `p_<param>`), per family and per constructor guard one lambda (with a function they
 * apply to), per pointer field one lambda, and per extension method one lambda with its body.
 * Snippets naming parameters an overload lacks are left out for it (the glue does the same).
 */
export function snippetUnit(model: Model, spec: EmitSpec, headers: string[]): SnippetUnit {
  const lines: string[] = [];
  const included = new Set<string>();
  const include = (h: string) => { if (!included.has(h)) { included.add(h); lines.push(`#include <${h}>`); } };
  [...headers, ...spec.includes ?? []].forEach(include);
  lines.push('template <class T> using check_t = T;');
  const origins = new Map<number, SnippetOrigin>();
  const add = (line: string, origin?: SnippetOrigin) => {
    lines.push(line);
    if (origin) origins.set(lines.length, origin);
  };
  const byName = new Map<string, FunctionDecl[]>();
  for (const fn of allFunctions(model)) if (!fn.extension) byName.set(qualified(fn), [...(byName.get(qualified(fn)) ?? []), fn]);
  let n = 0;
  /** One lambda typed like `fn` holding `snippets` (those naming parameters it lacks left out). */
  const lambda = (fn: FunctionDecl, entry: string, snippets: { field: string; text: string }[], includes: string[] = []) => {
    const names = new Set(fn.params.map((p) => p.name));
    const usable = snippets.filter((x) => [...x.text.matchAll(/\$\??(\w+)/g)].every((m) => names.has(m[1]!)));
    if (!usable.length) return;
    include(fn.location.file);
    // A header the entry asks for that these headers lack is its error (not a fatal one that hides the rest).
    for (const h of includes) {
      if (included.has(h)) continue;
      included.add(h);
      lines.push(`#if __has_include(<${h}>)`, `#include <${h}>`, '#else');
      add(`#error "${h} is not among these headers"`, { entry: `${entry}.includes`, text: h });
      lines.push('#endif');
    }
    add(`[[maybe_unused]] static auto check_${n++} = [](${lambdaParams(fn, false)}) {`);
    const call = callOf(fn);
    if (call && usable.some((x) => /\bresult\b/.test(x.text))) add(`  auto&& result = ${call}; (void)result;`);
    for (const x of usable) add(`  (void)(${x.text.replace(/\$\??(\w+)/g, 'p_$1')});`, { entry: `${entry}.${x.field}`, text: x.text });
    add('};');
  };
  const functions = allFunctions(model).filter((fn) => !fn.extension && isPublicDecl(fn)).sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const [name, extras] of Object.entries(spec.functions ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const fn of byName.get(name) ?? []) lambda(fn, `functions['${name}']`, snippetsOf(extras), extras.includes);
  }
  // A family's snippets once, with the first function it applies to.
  for (const [i, f] of (spec.families ?? []).entries()) {
    const fn = functions.find((x) => f.match.test(qualified(x)) && !f.except?.test(x.name));
    if (fn) lambda(fn, `families[${i}] (${f.match.source})`, snippetsOf(f.extras), f.extras.includes);
  }
  // A constructor guard's conditions with the first public constructor of a concrete class it applies to (the class or one derived).
  const classById = new Map(model.classes.map((c) => [c.id, c]));
  const derives = (c: ClassDecl, base: string): boolean => c.id === base || c.bases.some((b) => b.decl !== undefined && classById.has(b.decl) && derives(classById.get(b.decl)!, base));
  for (const [i, g] of (spec.constructorGuards ?? []).entries()) {
    for (const cls of g.of) {
      const target = model.classes.find((c) => !c.abstract && derives(c, cls) && c.constructors.some(isPublicDecl));
      const ctor = target?.constructors.find(isPublicDecl);
      if (ctor) lambda(ctor, `constructorGuards[${i}] (${cls})`, g.requires.map(([c]) => ({ field: 'requires', text: c.replace(/\$class/g, target!.id) })));
    }
  }
  for (const [name, f] of Object.entries(spec.fields ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const at = name.lastIndexOf('::');
    const cls = model.classes.find((c) => c.id === name.slice(0, at));
    if (!cls) continue;
    include(cls.location.file);
    add(`[[maybe_unused]] static auto check_${n++} = [](${name.slice(0, at)}* self) {`);
    add(`  auto&& result = self->${name.slice(at + 2)}; (void)result;`);
    add(`  (void)(${f.viewLength});`, { entry: `fields['${name}'].viewLength`, text: f.viewLength });
    add('};');
  }
  for (const cls of model.classes) {
    for (const fn of cls.methods.flatMap((s) => s.overloads)) {
      if (!fn.extension) continue;
      // The body may use what the function's spec entry includes (runtime helpers).
      [cls.location.file, ...spec.functions?.[qualified(fn)]?.includes ?? []].forEach(include);
      add(`[[maybe_unused]] static auto check_${n++} = [](${lambdaParams(fn, true)}) -> ${typed(fn.returns.canonical)} {`);
      const origin = { entry: `extend ${cls.id} { ${fn.name} }`, text: fn.extension.body };
      for (const line of fn.extension.body.split('\n')) add(`  ${line}`, origin);
      add('};');
    }
  }
  return { text: `${lines.join('\n')}\n`, origins };
}

/** A function entry's snippets with the field each comes from. */
function snippetsOf(e: FunctionExtras): { field: string; text: string }[] {
  return [
    ...(e.requires ?? []).map(([c]) => ({ field: 'requires', text: c })),
    ...list(e.viewLength).map((t) => ({ field: 'viewLength', text: t })),
    ...Object.entries(e.bufferSizes ?? {}).flatMap(([p, v]) => list(v).map((t) => ({ field: `bufferSizes.${p}`, text: t }))),
  ];
}
