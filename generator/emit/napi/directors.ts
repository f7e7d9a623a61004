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
  /** Out type map per parameter, and the type it converts (a `bool&` parameter passes its value). */
  args: { map: TypeMap; type: TypeRef }[] | undefined;
  /** In type map of the result (undefined for void, or when the method cannot be overridden from JS). */
  ret: TypeMap | undefined;
  /** JS can override it: every type has a map. */
  supported: boolean;
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

/** Out type map for an argument handed to a JS override: a non-const reference to a number or bool passes its value. */
function argMap(registry: TypeMapRegistry, t: TypeRef): { map: TypeMap; type: TypeRef } | undefined {
  const map = registry.find(t, 'out');
  if (map && map.name !== 'void') return { map, type: t };
  const s = shapeOf(t);
  if (s.by === 'ref' && s.inner.kind === 'builtin') {
    const inner = { ...s.inner, const: undefined, canonical: s.base, spelling: s.base };
    const byValue = registry.find(inner, 'out');
    if (byValue) return { map: byValue, type: inner };
  }
  return undefined;
}

function overridable(registry: TypeMapRegistry, set: BindingSet, fn: FunctionDecl): Overridable {
  const jsName = fn.jsName ?? fn.name;
  const args = fn.params.map((p) => argMap(registry, p.type));
  const ret = fn.returns.kind === 'void' ? undefined : registry.find(fn.returns, 'in');
  // A reference result must outlive the call: only bound classes (JS objects the C++ side points into) can.
  const refOk = fn.returns.kind !== 'lvalue-ref' || set.classOf(shapeOf(fn.returns).base) !== undefined;
  const spelled = [fn.returns, ...fn.params.map((p) => p.type)].every(spellable);
  const supported = spelled && !fn.operator && args.every(Boolean) && (fn.returns.kind === 'void' || ret !== undefined) && refOk;
  return { fn, jsName, args: supported ? args.map((a) => a!) : undefined, ret, supported };
}

/** The C++ override of one method: JS when the JS class overrides it, else the base (or an Error for a pure virtual). */
function cppOverride(registry: TypeMapRegistry, base: string, where: string, m: Overridable, i: number): { signature: string; body: string[] } {
  const fn = m.fn;
  const env = registry.env;
  const params = fn.params.map((p, k) => `${p.type.canonical} a${k}`).join(', ');
  const args = fn.params.map((_p, k) => `a${k}`).join(', ');
  const signature = `${fn.returns.canonical} ${fn.name}(${params})${fn.const ? ' const' : ''} override`;
  const fallback = fn.pure ? `pureVirtual(${JSON.stringify(where)});` : `return ${base}::${fn.name}(${args});`;
  if (!m.supported) return { signature, body: [fallback] };
  const argv = m.args!.map((a, k) => `static_cast<napi_value>(${a.map.cppOut(`a${k}`, a.type, env)})`);
  const body = [
    `if (!directs(${i}, ${JSON.stringify(where)})) { ${fallback} }`,
    // The const_cast: a const method's override still runs the JS method (which may keep state).
    `rt::DirectorCall call(*const_cast<rt::Director*>(static_cast<const rt::Director*>(this)), ${i});`,
    'Napi::Env env = call.env();',
    `napi_value argv[${Math.max(1, argv.length)}] = { ${argv.join(', ') || 'nullptr'} };`,
  ];
  if (!m.ret) return { signature, body: [...body, `call.invoke(argv, ${argv.length});`] };
  const site = { where, param: 'result' };
  return {
    signature,
    body: [
      ...body,
      `Napi::Value result = call.invoke(argv, ${argv.length});`,
      m.ret.cppIn('result', 'value', fn.returns, env, site),
      `return ${m.ret.cppArg ? m.ret.cppArg('value', fn.returns, env) : 'value'};`,
    ],
  };
}

/** The JS thunk of one method: converts the native arguments, calls the override, checks and passes its result. */
function thunk(registry: TypeMapRegistry, where: string, m: Overridable): string {
  const env = registry.env;
  const names = m.fn.params.map((_p, k) => `a${k}`);
  const args = m.args!.map((a, k) => (a.map.jsOut ? a.map.jsOut(`a${k}`, a.type, env) : `a${k}`));
  const call = `this.${m.jsName}(${args.join(', ')})`;
  if (!m.ret) return `function (${names.join(', ')}) { ${call}; }`;
  const t = m.fn.returns;
  const expected = m.ret.tsIn(t, env).replace(/'/g, "\\'");
  const validate = m.ret.jsValidate?.('v', t, env, { where, param: 'result' }) ?? '';
  const pass = m.ret.jsPass ? m.ret.jsPass('v', t, env) : 'v';
  return `function (${names.join(', ')}) { const v = ${call}; if (!(${m.ret.jsCheck('v', t, env)})) rt.badResult('${where}', v, '${expected}'); ${validate} return ${pass}; }`;
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
  };
}
