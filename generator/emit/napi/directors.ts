/**
 * Directors: the C++ trampoline subclass of a director class (one override per virtual method,
 * calling the JS override through a JS thunk or the C++ implementation) and the thunks themselves.
 */
import type { ClassDecl, FunctionDecl, TypeRef } from '../../model/index.js';
import type { TypeMap, TypeMapRegistry } from '../../typemaps/index.js';
import { shapeOf } from '../../typemaps/shape.js';
import type { BindingSet } from './BindingSet.js';
import type { DirectorView } from './views.js';

/** One overridable method, with the type maps its arguments and result cross with. */
interface Overridable {
  fn: FunctionDecl;
  /** JS name the override is looked up by. */
  jsName: string;
  /** How each parameter reaches the override. */
  args: Arg[] | undefined;
  /** In type map of the result (undefined for void, or when the method cannot be overridden from JS). */
  ret: TypeMap | undefined;
  /** JS can override it: every type has a map. */
  supported: boolean;
  /**
   * Through the shared registers instead of napi values (no allocation, no conversion call): the one
   * argument passed (its out type map's register form), and the result (its in type map's).
   */
  regArg: boolean;
  regResult: boolean;
}

const sig = (f: FunctionDecl) => `${f.name}(${f.params.map((p) => p.type.canonical).join(',')})${f.const ? ' const' : ''}`;
/** Types C++ can spell as `T name` (no function pointers or arrays, whose declarators wrap the name). */
const spellable = (t: TypeRef) => !/[()[\]]/.test(t.canonical);

/** The virtual methods of `c` and its bases, most-derived declaration first, in declaration order. */
export function virtualMethods(set: BindingSet, c: ClassDecl): FunctionDecl[] {
  const found = new Map<string, FunctionDecl>();
  const walk = (k: ClassDecl, seen: Set<string>) => {
    if (seen.has(k.id)) return;
    seen.add(k.id);
    for (const s of k.methods) {
      for (const f of s.overloads) {
        if (f.virtual && !f.static && f.kind === 'method' && f.access !== 'private' && !found.has(sig(f))) found.set(sig(f), f);
      }
    }
    for (const b of k.bases) {
      const base = b.decl ? set.byId.get(b.decl) : undefined;
      if (base) walk(base, seen);
    }
  };
  walk(c, new Set());
  return [...found.values()];
}

/** How a C++ argument reaches the override: passed (out type map), or an out-parameter it may set. */
type Arg = { kind: 'pass'; map: TypeMap; type: TypeRef } | { kind: 'out'; map: TypeMap; type: TypeRef; name: string };

/**
 * A non-const reference to a number or bool is an out-parameter, as for calls from JS: the override
 * is not passed it, and sets it by returning `{ <name>: value }` (void methods only). Anything else
 * is passed through its out type map.
 */
function argOf(registry: TypeMapRegistry, t: TypeRef, name: string, voidResult: boolean): Arg | undefined {
  const s = shapeOf(t);
  if (s.by === 'ref' && s.inner.kind === 'builtin') {
    const inner = { ...s.inner, const: undefined, canonical: s.base, spelling: s.base };
    const map = voidResult ? registry.find(inner, 'in') : undefined;
    return map ? { kind: 'out', map, type: inner, name } : undefined;
  }
  const map = registry.find(t, 'out');
  return map && map.name !== 'void' ? { kind: 'pass', map, type: t } : undefined;
}

function overridable(registry: TypeMapRegistry, set: BindingSet, fn: FunctionDecl): Overridable {
  const jsName = fn.jsName ?? fn.name;
  const args = fn.params.map((p, k) => argOf(registry, p.type, p.name || `out${k}`, fn.returns.kind === 'void'));
  const ret = fn.returns.kind === 'void' ? undefined : registry.find(fn.returns, 'in');
  // A reference result must outlive the call: only bound classes (JS objects the C++ side points into) can.
  const refOk = fn.returns.kind !== 'lvalue-ref' || set.classOf(shapeOf(fn.returns).base) !== undefined;
  const spelled = [fn.returns, ...fn.params.map((p) => p.type)].every(spellable);
  const supported = spelled && !fn.operator && args.every(Boolean) && (fn.returns.kind === 'void' || ret !== undefined) && refOk;
  const passed = args.filter((a) => a?.kind === 'pass');
  const outs = args.some((a) => a?.kind === 'out');
  const regArg = supported && passed.length === 1 && passed[0]!.map.regOut !== undefined;
  const regResult = supported && !outs && ret?.regIn !== undefined && ret.regIn.slots(fn.returns, registry.env) < 64;
  return { fn, jsName, args: supported ? args.map((a) => a!) : undefined, ret, supported, regArg, regResult };
}

/** The C++ override of one method: JS when the JS class overrides it, else the base (or an Error for a pure virtual). */
function cppOverride(registry: TypeMapRegistry, base: string, where: string, m: Overridable, i: number): { signature: string; body: string[] } {
  const fn = m.fn;
  const env = registry.env;
  const params = fn.params.map((p, k) => `${p.type.canonical} a${k}`).join(', ');
  const args = fn.params.map((_p, k) => `a${k}`).join(', ');
  const signature = `${fn.returns.canonical} ${fn.name}(${params})${fn.const ? ' const' : ''} override`;
  // A pure virtual called off the JS thread cannot run JS: it returns a default value (void: nothing).
  const offThread = fn.returns.kind === 'void' ? 'if (offJsThread()) return; '
    : fn.returns.kind === 'lvalue-ref' ? '' : 'if (offJsThread()) return {}; ';
  const fallback = fn.pure ? `${offThread}pureVirtual(${JSON.stringify(where)});` : `return ${base}::${fn.name}(${args});`;
  if (!m.supported) return { signature, body: [fallback] };
  const argv = m.regArg ? [] : m.args!.flatMap((a, k) => (a.kind === 'pass' ? [`static_cast<napi_value>(${a.map.cppOut(`a${k}`, a.type, env)})`] : []));
  const k0 = m.args!.findIndex((a) => a.kind === 'pass');
  const regArg = m.regArg ? [`{ double* r = rt::registers(); ${m.args![k0]!.map.regOut!.cpp(`a${k0}`, m.args![k0]!.type, env)} }`] : [];
  // Out-parameters the override set in the object it returned.
  const outs = m.args!.flatMap((a, k) => (a.kind === 'out' ? [
    `if (result.IsObject()) { Napi::Value o${k} = result.As<Napi::Object>().Get("${a.name}"); ` +
      `if (!o${k}.IsUndefined()) { ${a.map.cppIn(`o${k}`, `v${k}`, a.type, env, { where, param: a.name })} a${k} = ${a.map.cppArg ? a.map.cppArg(`v${k}`, a.type, env) : `v${k}`}; } }`,
  ] : []));
  const body = [
    `if (!directs(${i}, ${JSON.stringify(where)})) { ${fallback} }`,
    // The const_cast: a const method's override still runs the JS method (which may keep state).
    `rt::DirectorCall call(*const_cast<rt::Director*>(static_cast<const rt::Director*>(this)), ${i});`,
    'Napi::Env env = call.env();',
    ...regArg,
    `napi_value argv[${Math.max(1, argv.length)}] = { ${argv.join(', ') || 'nullptr'} };`,
  ];
  if (!m.ret && outs.length) return { signature, body: [...body, `Napi::Value result = call.invoke(argv, ${argv.length});`, ...outs] };
  if (!m.ret) return { signature, body: [...body, `call.invoke(argv, ${argv.length});`] };
  const site = { where, param: 'result' };
  // The thunk checked the result and stored it in the registers from 0.
  const read = m.regResult
    ? [`call.invoke(argv, ${argv.length});`, 'const double* r = rt::registers();', m.ret.regIn!.cpp(0, 'value', fn.returns, env, site)]
    : [`Napi::Value result = call.invoke(argv, ${argv.length});`, m.ret.cppIn('result', 'value', fn.returns, env, site)];
  return { signature, body: [...body, ...read, `return ${m.ret.cppArg ? m.ret.cppArg('value', fn.returns, env) : 'value'};`] };
}

/** The JS thunk of one method: converts the native arguments, calls the override, checks and passes its result. */
function thunk(registry: TypeMapRegistry, where: string, m: Overridable): string {
  const env = registry.env;
  const passed = m.args!.flatMap((a, k) => (a.kind === 'pass' ? [{ a, name: `a${k}` }] : []));
  // No receiver owns what the engine passes (jsOut's `this` is the receiver, or null when there is none).
  const ownerless = (code: string) => code.replace(/\bthis\b/g, 'null');
  // An argument in the registers is read first, before the override's own calls reuse them.
  const names = m.regArg ? [] : passed.map((p) => p.name);
  const args = m.regArg
    ? [ownerless(passed[0]!.a.map.regOut!.js(passed[0]!.a.type, env))]
    : passed.map(({ a, name }) => (a.map.jsOut ? ownerless(a.map.jsOut(name, a.type, env)) : name));
  const call = `this.${m.jsName}(${args.join(', ')})`;
  // Out-parameters: the override's `{ name: value }` (or nothing) goes back to C++.
  if (!m.ret && m.args!.some((a) => a.kind === 'out')) return `function (${names.join(', ')}) { return ${call}; }`;
  if (!m.ret) return `function (${names.join(', ')}) { ${call}; }`;
  const t = m.fn.returns;
  const expected = m.ret.tsIn(t, env).replace(/'/g, "\\'");
  const validate = m.ret.jsValidate?.('v', t, env, { where, param: 'result' }) ?? '';
  const pass = m.regResult ? m.ret.regIn!.js('v', 0, t, env) : `return ${m.ret.jsPass ? m.ret.jsPass('v', t, env) : 'v'};`;
  return `function (${names.join(', ')}) { const v = ${call}; if (!(${m.ret.jsCheck('v', t, env)})) rt.badResult('${where}', v, '${expected}'); ${validate} ${pass} }`;
}

/**
 * The director of a class, or a reason it cannot have one (a pure virtual method C++ cannot spell
 * an override of, or a class JS may not delete).
 */
export function buildDirector(registry: TypeMapRegistry, set: BindingSet, c: ClassDecl, jsName: string): DirectorView | string {
  const name = `Director_${jsName}`;
  const methods = virtualMethods(set, c).map((fn) => overridable(registry, set, fn));
  const unspellable = methods.find((m) => m.fn.pure && ![m.fn.returns, ...m.fn.params.map((p) => p.type)].every(spellable));
  if (unspellable) return `pure virtual ${unspellable.fn.id} has a type C++ cannot spell in an override`;
  // Methods JS cannot override keep the inherited implementation; pure ones get an Error.
  const kept = methods.filter((m) => m.supported || m.fn.pure);
  const js = kept.filter((m) => m.supported);
  return {
    name,
    base: c.id,
    jsName,
    classVar: `${name}_class`,
    bind: `${jsName}$director$bind`,
    methods: kept.map((m) => cppOverride(registry, c.id, `${jsName}.${m.jsName}`, m, m.supported ? js.indexOf(m) : -1)),
    names: JSON.stringify(js.map((m) => m.jsName)),
    thunks: js.map((m) => thunk(registry, `${jsName}.${m.jsName}`, m)),
    skipped: methods.filter((m) => !m.supported).map((m) => m.fn.id),
    withOuts: js.filter((m) => m.args!.some((a) => a.kind === 'out')).map((m) => m.jsName),
  };
}
