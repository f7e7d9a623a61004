/** Builds the native and JS sides of one function-like binding (method, static, constructor) from its overloads. */
import type { FunctionDecl, TypeRef } from '../../model/index.js';
import { viewArrayOf, type GroupParam, type GroupTypeMap, type TypeMap, type TypeMapEnv, type TypeMapRegistry } from '../../typemaps/index.js';
import { unqualified } from '../../parse/typeRef.js';
import { shapeOf } from '../../typemaps/shape.js';
import { inoutType, outType, pointerOut, type OutParam } from './outParams.js';
import type { JsMethodView, JsOverloadView, NativeFnView, TsSignatureView } from './views.js';

/** What kind of call the overloads make. */
export type CallKind = 'method' | 'static' | 'constructor' | 'function';

/** Spec-driven extras for a function, by qualified name (`Ogre::Image::loadDynamicImage`). */
export interface FunctionExtras {
  /**
   * Minimum byte sizes of buffer parameters: C++ expressions over `$param` names. With several, the
   * first whose parameters the overload has (and the call passes) applies.
   */
  bufferSizes?: Record<string, string | string[]>;
  /**
   * The result is memory to expose as a Uint8Array of this many bytes (C++ over `self`, `result`
   * and `$param`s). With several, the first whose parameters the call passes applies.
   */
  viewLength?: string | string[];
  /**
   * Preconditions the engine only asserts (an abort): C++ conditions over `self` and `$param`s, each
   * with the message of the Error thrown instead (a RangeError or TypeError when the third element
   * says so). Conditions naming parameters a call omits are skipped.
   */
  requires?: [condition: string, message: string, error?: 'RangeError' | 'TypeError'][];
  /** Headers the conditions or an extension's body need (the function's unit includes them). */
  includes?: string[];
  /**
   * A parameter whose object the receiver takes over (deletes with itself): after the call JS no
   * longer deletes it, and its wrapper dies with the receiver's.
   */
  adopts?: string;
  /**
   * How out-parameters come back: `object` (default: `{ result?, <name>: value, … }`) or `tuple`
   * (`[result?, value, …]`, in parameter order).
   */
  outs?: 'object' | 'tuple';
  /**
   * Non-const reference parameters C++ reads and updates (`findCommandLineOpts`'s option maps):
   * JS passes the value and gets the updated one back among the out-parameters.
   */
  inout?: string[];
  /** The (pointer) result is never null: the typings leave `| null` out (see EmitSpec.nonNull). */
  nonNull?: boolean;
  /** The runtime's JS implementation of this value-class function (see EmitSpec.valueMath). */
  js?: string;
  /** A getter returning a field of its object by const reference: JS reads the field in place (see EmitSpec.memberViews). */
  memberView?: number;
}

/** Inputs shared by every function of a class. */
export interface CallContext {
  registry: TypeMapRegistry;
  /** C++ class (for methods and constructors). */
  cpp: string;
  /** JS class name, used in native function names and messages. */
  jsClass: string;
  extras: (fn: FunctionDecl) => FunctionExtras;
}

/** One JS parameter: a C++ parameter, or several taken by a group type map. */
interface ResolvedParam { name: string; type: TypeRef; map: TypeMap; optional: boolean }
/** An overload with its JS parameters and result type map. */
export interface Resolved { fn: FunctionDecl; params: ResolvedParam[]; ret: TypeMap | undefined; required: number; outs: OutParam[] }

/** A group type map seen as a one-parameter type map over the grouped C++ parameters. */
function groupAdapter(group: GroupTypeMap, params: GroupParam[]): TypeMap {
  return {
    name: group.name,
    matches: () => true,
    tsIn: (_t, env) => group.tsIn(params, env),
    tsOut: () => 'never',
    jsCheck: (v, _t, env) => group.jsCheck(v, params, env),
    jsValidate: group.jsValidate ? (v, _t, env, site) => group.jsValidate!(v, params, env, site) : undefined,
    cppIn: (src, name, _t, env, site) => group.cppIn(src, name, params, env, site),
    cppArg: (name, _t, env: TypeMapEnv) => group.cppArgs(name, params, env).join(', '),
    cppOut: () => { throw new Error(`${group.name} is for parameters only`); },
  };
}

/** Resolves type maps (groups first, then one per parameter); returns a reason string when some type has none. */
export function resolveOverload(ctx: CallContext, fn: FunctionDecl, kind: CallKind): Resolved | string {
  const params: ResolvedParam[] = [];
  const outs: OutParam[] = [];
  let required = -1;
  for (let i = 0; i < fn.params.length; ) {
    const p = fn.params[i]!;
    const found = ctx.registry.findGroup(fn.params.slice(i));
    // Grouped parameters are all passed (a default among them would have nothing to stand for).
    const group = found && fn.params.slice(i, i + found.arity).every((q) => q.default === undefined) ? found : undefined;
    if (group) {
      const grouped = fn.params.slice(i, i + group.arity);
      params.push({ name: p.name, type: p.type, map: groupAdapter(group, grouped), optional: false });
      i += group.arity;
      continue;
    }
    const declaredInout = ctx.extras(fn).inout?.includes(p.name) ?? false;
    const map = declaredInout ? undefined : ctx.registry.find(p.type, 'in', p.name);
    const viaPointer = map || declaredInout || p.default !== undefined ? undefined : pointerOut(p.type, ctx.registry.env);
    const out = map || declaredInout ? undefined : viaPointer?.type ?? outType(p.type, ctx.registry.env);
    const outMap = out && ctx.registry.find(out, 'out');
    if (out && outMap && p.default === undefined) {
      outs.push({ name: p.name || `out${outs.length}`, type: out, map: outMap, before: params.length, address: viaPointer?.address });
      i++;
      continue;
    }
    const inout = map || p.default !== undefined ? undefined : inoutType(ctx.registry, p.type, declaredInout);
    if (inout) {
      outs.push({ name: p.name || `out${outs.length}`, type: inout.type, map: inout.out, before: params.length, inout: true, address: p.type.kind === 'pointer' });
      params.push({ name: p.name, type: inout.type, map: inout.in, optional: false });
      i++;
      continue;
    }
    // A defaulted parameter JS cannot pass (a callback, a user-data pointer) keeps its default, as do the rest.
    if (!map && p.default !== undefined && !fn.extension) break;
    if (!map) return `no type map for parameter ${p.name}: ${p.type.canonical}`;
    if (p.default !== undefined && required < 0) required = params.length;
    params.push({ name: p.name, type: p.type, map, optional: p.default !== undefined });
    i++;
  }
  if (required < 0) required = params.length;
  if (fn.variadic && !isFormatted(fn)) return 'variadic without a trailing format string';
  if (kind === 'constructor') return outs.length ? 'out-parameters of a constructor' : { fn, params, ret: undefined, required, outs };
  const extras = ctx.extras(fn);
  const ret = extras.viewLength ? undefined : ctx.registry.find(fn.returns, 'out');
  if (!ret && !extras.viewLength) return `no type map for the result: ${fn.returns.canonical}`;
  return { fn, params, ret, required, outs };
}

const arg = (i: number) => `a${i}`;

/** The runtime function of each lifetime mode (lib/directors.js). */
const HOLD = { add: 'hold', remove: 'release', set: 'holdOne' } as const;

/** Registers available to one call's arguments (see native/runtime/ogre_napi/registers.h; the last holds the function id). */
const REGISTERS = 63;

/** How one call with `n` arguments passes them: register slots or napi argument positions. */
interface CallPlan {
  /** JS statements filling registers. */
  jsStores: string[];
  /** JS expressions passed as napi arguments. */
  jsArgs: string[];
  /** C++ statements declaring `a0 …`. */
  cppDecls: string[];
  /** C++ argument expressions for the call. */
  cppArgs: string[];
  /** The result comes back in registers, from `resultAt`. */
  regResult: boolean;
  resultAt: number;
  usesRegisters: boolean;
  /** After the call: C++ storing what it changed back in registers, JS reading it back (value classes by non-const reference, a value `this`). */
  cppAfter: string[];
  jsAfter: string[];
}

/** Plans by overload: the natives and the JS dispatcher of a call ask for the same ones. */
const plans = new WeakMap<Resolved, Map<string, CallPlan>>();

/** Plans argument passing (see planCall), once per overload, kind, argument count and place. */
function plan(ctx: CallContext, r: Resolved, kind: CallKind, n: number, where: string): CallPlan {
  let byCall = plans.get(r);
  if (!byCall) plans.set(r, (byCall = new Map()));
  const key = `${kind} ${n} ${ctx.cpp} ${ctx.jsClass} ${where}`;
  let p = byCall.get(key);
  if (!p) byCall.set(key, (p = planCall(ctx, r, kind, n, where)));
  return p;
}

/** Plans argument passing: `self` and register-capable arguments in registers, the rest as napi values. */
function planCall(ctx: CallContext, r: Resolved, kind: CallKind, n: number, where: string): CallPlan {
  const env = ctx.registry.env;
  const p: CallPlan = { jsStores: [], jsArgs: [], cppDecls: [], cppArgs: [], regResult: false, resultAt: 0, usesRegisters: false, cppAfter: [], jsAfter: [] };
  let slot = 0;
  const value = env.classOf(ctx.cpp)?.value;
  if (kind === 'method' && value) {
    // A value `this` travels as its fields; a non-const method's changes come back into them.
    p.jsStores.push('this[rt.STORE](R, 0);');
    p.cppDecls.push(`${ctx.cpp} self_v; values::load(r, self_v); auto* self = &self_v;`);
    if (!r.fn.const) { p.cppAfter.push('values::store(self_v, r);'); p.jsAfter.push('this[rt.LOAD](R, 0);'); }
    slot = value.slots;
  } else if (kind === 'method') {
    p.jsStores.push(`R[0] = rt.selfAs(this, ${ctx.jsClass});`);
    p.cppDecls.push(`auto* self = rt::regPtr<${ctx.cpp}>(r[0]);`);
    slot = 1;
  }
  const outsBefore = (i: number) => r.outs.forEach((o, k) => {
    if (o.before !== i || o.inout) return;
    p.cppDecls.push(o.map.outLocal ? o.map.outLocal(`out${k}`, o.type) : `${o.type.canonical.replace(/^const /, '')} out${k}{};`);
    p.cppArgs.push(o.address ? `&out${k}` : `out${k}`);
  });
  for (let i = 0; i < n; i++) {
    outsBefore(i);
    const q = r.params[i]!;
    const site = { where, param: q.name };
    const slots = q.map.regIn?.slots(q.type, env) ?? Infinity;
    if (q.map.regIn && slot + slots <= REGISTERS) {
      p.jsStores.push(q.map.regIn.js(arg(i), slot, q.type, env));
      p.cppDecls.push(q.map.regIn.cpp(slot, arg(i), q.type, env, site));
      const cppAfter = q.map.regIn.cppAfter?.(slot, arg(i), q.type, env);
      const jsAfter = q.map.regIn.jsAfter?.(arg(i), slot, q.type, env);
      if (cppAfter) p.cppAfter.push(cppAfter);
      if (jsAfter) p.jsAfter.push(jsAfter);
      slot += slots;
    } else {
      p.cppDecls.push(q.map.cppIn(`info[${p.jsArgs.length}]`, arg(i), q.type, env, site));
      p.jsArgs.push(q.map.jsPass ? q.map.jsPass(arg(i), q.type, env) : arg(i));
    }
    const value = q.map.cppArg ? q.map.cppArg(arg(i), q.type, env) : arg(i);
    // In-out: C++ works on a copy of the argument, which comes back in the result.
    const k = r.outs.findIndex((o) => o.inout && o.before === i);
    if (k >= 0) p.cppDecls.push(`${unqualified(q.type.canonical)} out${k} = ${value};`);
    p.cppArgs.push(k < 0 ? value : r.outs[k]!.address ? `&out${k}` : `out${k}`);
  }
  // Outs after the last passed argument (required ones never follow omitted defaults).
  for (let i = n; i <= r.params.length; i++) outsBefore(i);
  const extras = ctx.extras(r.fn);
  p.regResult = kind === 'constructor' || (!extras.viewLength && r.fn.returns.kind !== 'void' && r.ret?.regOut !== undefined && !r.outs.length);
  // Written-back arguments keep their registers: the result comes after them, or as a napi value.
  if (p.regResult && kind !== 'constructor' && p.cppAfter.length) {
    const slots = r.ret!.regOut!.slots?.(r.fn.returns, env);
    if (slots !== undefined && slot + slots <= REGISTERS) p.resultAt = slot;
    else p.regResult = false;
  }
  p.usesRegisters = slot > 0 || p.regResult;
  return p;
}

/** The native functions for one overload: one per accepted argument count. */
export function nativeFns(ctx: CallContext, r: Resolved, kind: CallKind, name: string, where: string): NativeFnView[] {
  const out: NativeFnView[] = [];
  for (let n = r.required; n <= r.params.length; n++) {
    const p = plan(ctx, r, kind, n, where);
    const body = [
      ...(p.usesRegisters ? ['double* r = rt::registers();'] : []),
      ...p.cppDecls,
      ...sizeChecks(ctx, r, n, ctx.extras(r.fn), where),
      ...preconditions(ctx, r, n, ctx.extras(r.fn), where),
      ...callAndReturn(ctx, r, kind, n, p, ctx.extras(r.fn)),
    ];
    out.push({ name: `${name}$${n}`, where, body, argc: p.jsArgs.length });
  }
  if (ctx.extras(r.fn).memberView !== undefined) out.push(memberViewNative(ctx, r, kind, name, where));
  return out;
}

/**
 * For a member-view getter: where its reference points, as a float index into the object (`self`,
 * register 0), and the object's size (registers 0 and 1); -1 when it points outside the object.
 * The result must be floats only, stored as its register slots are.
 */
function memberViewNative(ctx: CallContext, r: Resolved, kind: CallKind, name: string, where: string): NativeFnView {
  const env = ctx.registry.env;
  const refuse = (why: string) => new Error(`${r.fn.id}: memberViews: ${why}`);
  if (kind !== 'method' || r.params.length || !r.fn.const) throw refuse('only const getters without parameters');
  if (env.classOf(ctx.cpp)?.value) throw refuse('the getter of a value class (its fields are in JS already)');
  if (preconditions(ctx, r, 0, ctx.extras(r.fn), '').length) throw refuse('it has preconditions, which only the native call checks');
  const shape = shapeOf(r.fn.returns);
  const result = env.classOf(shape.base);
  if (shape.by !== 'cref' || !result?.value) throw refuse('the result must be a value class by const reference');
  if (!result.value.fields.every((f) => f.scalar?.kind === 'f32')) throw refuse(`${result.id} has fields other than floats`);
  const value = result.cpp;
  return {
    name: `${name}$view`, where, argc: 0,
    body: [
      `static_assert(sizeof(${value}) == ${result.value.slots} * sizeof(float), "${result.jsName} is not ${result.value.slots} floats");`,
      'double* r = rt::registers();',
      `const auto* self = rt::regPtr<${ctx.cpp}>(r[0]);`,
      `const auto at = reinterpret_cast<const char*>(&self->${r.fn.name}()) - reinterpret_cast<const char*>(self);`,
      `const bool inside = at >= 0 && at % alignof(float) == 0 && at + sizeof(${value}) <= sizeof(${ctx.cpp});`,
      `r[0] = inside ? static_cast<double>(at / sizeof(float)) : -1;`,
      `r[1] = static_cast<double>(sizeof(${ctx.cpp}));`,
      'return nullptr;',
    ],
  };
}

/** The first of the spec's alternative expressions whose `$param`s this call passes, substituted. */
function firstApplicable(ctx: CallContext, r: Resolved, n: number, choices: string | string[]): string | undefined {
  for (const text of Array.isArray(choices) ? choices : [choices]) {
    const expr = substituteParams(ctx, r, n, text);
    if (expr !== undefined) return expr;
  }
  return undefined;
}

/**
 * RangeError when a buffer is shorter than its spec'd size. The size starts as `rt::Size(1) *`, so a
 * product of parameters (width × height × depth × bytes per pixel) is computed left to right in
 * 64 bits with overflow checks, not in the parameters' 32 bits.
 */
function sizeChecks(ctx: CallContext, r: Resolved, n: number, extras: FunctionExtras, where: string): string[] {
  const out: string[] = [];
  for (const [param, choices] of Object.entries(extras.bufferSizes ?? {})) {
    const at = r.params.findIndex((p) => p.name === param);
    // Only memory parameters have a length (a family's rule may name a class parameter too).
    if (at < 0 || at >= n || !['buffer', 'typedArray'].includes(r.params[at]!.map.name)) continue;
    const expr = firstApplicable(ctx, r, n, choices);
    if (expr === undefined) continue;
    out.push(`rt::checkSize(env, ${arg(at)}.length, rt::Size(1) * ${expr}, "${where}", "${param}");`);
  }
  return out;
}

/** Error instead of an engine assertion (which would abort the process). */
function preconditions(ctx: CallContext, r: Resolved, n: number, extras: FunctionExtras, where: string): string[] {
  const out: string[] = [];
  for (const [condition, message, error = 'Error'] of extras.requires ?? []) {
    const expr = substituteParams(ctx, r, n, condition);
    if (expr !== undefined) out.push(`if (!(${expr})) throw Napi::${error}::New(env, "${where}: ${message.replace(/"/g, '\\"')}");`);
  }
  return out;
}

/**
 * Replaces `$param` with the C++ argument; undefined when a named parameter is not passed (the
 * condition belongs to the overloads that take it). `$?param` names a parameter C++ defaults to a
 * number (or a pointer to null): that default when not passed, so the condition holds for every call.
 */
function substituteParams(ctx: CallContext, r: Resolved, n: number, text: string): string | undefined {
  let missing = false;
  const expr = text.replace(/\$(\?)?(\w+)/g, (_m, orNull: string | undefined, name: string) => {
    const i = r.params.findIndex((q) => q.name === name);
    if (orNull && i >= n && i < r.params.length) return numericDefault(r.fn.params[i]?.default) ?? 'nullptr';
    if (i < 0 || i >= n) { missing = true; return ''; }
    const p = r.params[i]!;
    return `(${p.map.cppArg ? p.map.cppArg(arg(i), p.type, ctx.registry.env) : arg(i)})`;
  });
  return missing ? undefined : expr;
}

/** A default argument written as a number (`99`, `0.5f`), parenthesised; undefined for any other. */
function numericDefault(text: string | undefined): string | undefined {
  return text !== undefined && /^-?\d+(?:\.\d*)?[fFuUlL]*$/.test(text) ? `(${text})` : undefined;
}

/** `Text(const char* fmt, ...)`: a printf-style function, called with the JS string as `"%s"`'s argument. */
function isFormatted(fn: FunctionDecl): boolean {
  const last = fn.params.at(-1);
  return last !== undefined && last.default === undefined && /^const char \*$/.test(last.type.canonical);
}

function callAndReturn(ctx: CallContext, r: Resolved, kind: CallKind, n: number, p: CallPlan, extras: FunctionExtras): string[] {
  const fn = r.fn;
  const args = p.cppArgs;
  // A user's string never reaches printf as its format: '%s' in it prints as typed.
  const list = (fn.variadic ? [...args.slice(0, -1), '"%s"', args.at(-1)!] : args).join(', ');
  if (kind === 'constructor' && ctx.registry.env.classOf(ctx.cpp)?.value) return [`values::store(${ctx.cpp}(${list}), r);`, 'return nullptr;'];
  if (kind === 'constructor') return [`r[0] = rt::addressOf(rt::watched(new ${ctx.cpp}(${list})));`, 'return nullptr;'];
  const lines = callLines(ctx, r, kind, n, list, extras, p);
  if (!p.cppAfter.length) return lines;
  // Arguments C++ changed go back to their registers once it returns (the result is held meanwhile).
  return [...lines.slice(0, -1), ...p.cppAfter, lines.at(-1)!];
}

/**
 * How a `returns: 'shared'` result crosses (its type map's shared form), or undefined for other
 * results; an Error when the rule names a function whose result has none.
 */
function sharedForm(r: Resolved, ctx: CallContext) {
  if (r.fn.ownership !== 'shared') return undefined;
  const form = r.outs.length ? undefined : r.ret?.regOut?.shared?.(r.fn.returns, ctx.registry.env);
  if (!form) throw new Error(`${r.fn.id}: returns 'shared', but its result (${r.fn.returns.canonical}) has no owning shared pointer to share (see typeFamilies.sharedOwners)`);
  return form;
}

function callLines(ctx: CallContext, r: Resolved, kind: CallKind, n: number, list: string, extras: FunctionExtras, p: CallPlan): string[] {
  const fn = r.fn;
  const regResult = p.regResult;
  const args = p.cppArgs;
  const shared = sharedForm(r, ctx);
  let call: string;
  if (fn.extension) {
    // The body sees `self` (a reference to the object; none for a static extension) and the parameters by name.
    const self = kind !== 'method' ? [] : [fn.const ? `const ${ctx.cpp}& self` : `${ctx.cpp}& self`];
    const params = [...self, ...fn.params.map((q) => `${q.type.spelling} ${q.name}`)].join(', ');
    call = `[](${params}) -> ${fn.returns.spelling} { ${fn.extension.body} }(${[...(self.length ? ['*self'] : []), ...args].join(', ')})`;
  } else if (kind === 'method') call = `self->${fn.name}(${list})`;
  else if (kind === 'static') call = `${ctx.cpp}::${fn.name}(${list})`;
  else call = `${fn.parent ? `${fn.parent}::` : ''}${fn.name}(${list})`;
  if (extras.viewLength) {
    const length = firstApplicable(ctx, r, n, extras.viewLength);
    if (length === undefined) throw new Error(`${fn.id}: no viewLength applies to this call`);
    return [`auto* result = ${call};`, `return rt::byteView(env, const_cast<void*>(static_cast<const void*>(result)), ${length});`];
  }
  if (r.outs.length) {
    // { result?, <out name>: value, … }
    const env = ctx.registry.env;
    return [
      'Napi::Object o = Napi::Object::New(env);',
      fn.returns.kind === 'void' ? `${call};` : `o.Set("result", ${r.ret!.cppOut(call, fn.returns, env)});`,
      ...r.outs.map((o, k) => `o.Set("${o.name}", ${o.map.cppOut(`out${k}`, o.type, env)});`),
      'return o;',
    ];
  }
  if (fn.returns.kind === 'void') return [`${call};`, 'return nullptr;'];
  if (p.cppAfter.length) {
    // Held while the written-back arguments go to their registers.
    const held = fn.returns.kind === 'lvalue-ref' ? 'auto& result' : 'auto result';
    return regResult
      ? [`${held} = ${call};`, shared ? shared.cpp('result') : r.ret!.regOut!.cpp('result', fn.returns, ctx.registry.env, p.resultAt), 'return nullptr;']
      : [`${held} = ${call};`, `Napi::Value out = ${r.ret!.cppOut('result', fn.returns, ctx.registry.env)};`, 'return out;'];
  }
  if (regResult) return [shared ? shared.cpp(call) : r.ret!.regOut!.cpp(call, fn.returns, ctx.registry.env), 'return nullptr;'];
  return [`return ${r.ret!.cppOut(call, fn.returns, ctx.registry.env)};`];
}

/** The JS dispatcher over the resolved overloads, calling native functions `names[i]`. */
export function jsMethod(ctx: CallContext, overloads: Resolved[], names: string[], kind: CallKind, jsName: string, where: string, signatures: string[]): JsMethodView {
  const env = ctx.registry.env;
  const views: (JsOverloadView & { exact: string })[] = overloads.map((r, k) => {
    const tests = r.required === r.params.length ? [`n === ${r.required}`] : [`n >= ${r.required}`, `n <= ${r.params.length}`];
    const exact = [...tests];
    const validate: string[] = [];
    // A value method's `this` is checked as a wrapper's brand is: its fields are read by layout.
    if (kind === 'method' && env.classOf(ctx.cpp)?.value) validate.push(`if (!(this instanceof ${ctx.jsClass})) rt.notThis(this, ${ctx.jsClass}, '${where}');`);
    // A frozen value (Vector3.ZERO) refuses methods that change it.
    if (kind === 'method' && !r.fn.const && env.classOf(ctx.cpp)?.value) validate.push(`rt.checkWritable(this, '${where}', 'this');`);
    r.params.forEach((p, i) => {
      const check = p.map.jsCheck(arg(i), p.type, env);
      tests.push(p.optional ? `(n <= ${i} || ${check})` : check);
      const exactCheck = p.map.jsExact?.(arg(i), p.type, env) ?? check;
      exact.push(p.optional ? `(n <= ${i} || ${exactCheck})` : exactCheck);
      const v = p.map.jsValidate?.(arg(i), p.type, env, { where, param: p.name });
      if (v) validate.push(p.optional ? `if (n > ${i}) { ${v} }` : v);
    });
    const extras = ctx.extras(r.fn);
    // Plain results are made JS values in each call's code: calls with other argument counts may pass them differently.
    const plain = kind !== 'constructor' && !r.outs.length && !extras.viewLength;
    const calls = [];
    for (let n = r.required; n <= r.params.length; n++) {
      const p = plan(ctx, r, kind, n, where);
      const call = `N.${names[k]}$${n}(${p.jsArgs.join(', ')})`;
      const regOut = r.ret?.regOut;
      // `returns: 'owned'` (a spec rule): the JS wrapper deletes the result when collected.
      const read = kind === 'constructor' ? 'R[0]' : !p.regResult ? ''
        : r.fn.ownership === 'owned' && regOut!.owned ? regOut!.owned(r.fn.returns, env)
        : r.fn.ownership === 'shared' ? sharedForm(r, ctx)!.js : regOut!.js(r.fn.returns, env, p.resultAt);
      const out = plain && !p.regResult && r.ret?.jsOut ? r.ret.jsOut('r', r.fn.returns, env) : 'r';
      const convert = out === 'r' ? '' : ` r = ${out};`;
      const back = p.jsAfter.map((b) => ` ${b}`).join('');
      const native = [...p.jsStores, read ? `${call};${back} r = ${read};` : `r = ${call};${back}${convert}`].join(' ');
      calls.push({ n, code: extras.js ? `if ($math.on) ${valueMathCall(ctx, r, kind, n, extras)} else { ${native} }`
        : extras.memberView !== undefined ? memberViewCall(ctx, r, names[k]!, extras.memberView, native) : native });
    }
    const after = (r.fn.keepAlive ?? [])
      .map((name) => r.params.findIndex((p) => p.name === name))
      .filter((i) => i >= 0)
      .map((i) => `if (n > ${i}) rt.keepArg(this, '${r.params[i]!.name}', ${arg(i)});`);
    // The receiver took the argument over: not JS's to delete any more, a part of the receiver.
    const adopted = extras.adopts === undefined ? -1 : r.params.findIndex((p) => p.name === extras.adopts);
    if (adopted >= 0 && kind === 'method') {
      // Only an object JS owns can be taken over: one the engine holds already would be deleted twice.
      validate.push(`if (n > ${adopted} && ${arg(adopted)} !== null) rt.ownedByJs(${arg(adopted)}, '${where}', '${extras.adopts}');`);
      after.push(`if (n > ${adopted} && ${arg(adopted)} !== null) rt.adopt(this, ${arg(adopted)});`);
    }
    // Lifetime rules: the receiver holds the argument the engine keeps (until a remove or a replacing set).
    const holds = r.fn.holds;
    const held = holds ? r.params.findIndex((p) => p.name === holds.param) : -1;
    if (holds && held >= 0) after.push(`if (n > ${held}) rt.${HOLD[holds.mode]}(rt.self(this), '${holds.slot}', ${arg(held)});`);
    // A destroy function of a factory pair: the destroyed object's wrapper is dead afterwards.
    if (r.fn.destroys) {
      const victim = r.params.findIndex((p) => p.type.kind === 'pointer' && env.classOf(p.type.pointee?.canonical.replace(/^const /, '') ?? ''));
      if (victim >= 0) {
        // Checked before the call: C++ would delete a JS-owned object under its finalizer.
        validate.push(`rt.notOwnedByJs(${arg(victim)}, '${where}', '${r.params[victim]!.name}');`);
        after.push(`if (${arg(victim)} !== null) rt.kill(${arg(victim)}, '${where}()');`);
      }
    }
    // A result pointing into the receiver's memory keeps the receiver alive.
    if (r.fn.viewOfReceiver) after.push(`if (r !== null && typeof r === 'object') rt.keep(r, 'viewOf', this);`);
    // A result the receiver owns dies with it.
    if (r.fn.partOfReceiver && kind === 'method' && !r.fn.static && r.ret?.name === 'class') after.push('if (r !== null) rt.partOf(this, r);');
    // Objects the call destroyed wholesale (their owner's removeAll…, Root.shutdown …).
    if (r.fn.invalidates) {
      const classes = r.fn.invalidates.classes.map((id) => (id === '*' ? 'rt.NativeObject' : env.classOf(id)?.jsName)).filter((js) => js !== undefined);
      if (classes.length) after.push(`rt.killAll([${classes.join(', ')}], '${where}()', ${r.fn.invalidates.scope === 'receiver' && kind === 'method' ? 'this' : 'null'});`);
    }
    const result = r.outs.length ? outsResult(r, env, extras.outs === 'tuple')
      : kind === 'constructor' || plain ? 'r'
      : extras.viewLength ? (viewArrayOf(r.fn.returns) === 'Uint8Array' ? 'rt.view(r, this)' : `rt.view(r, this, ${viewArrayOf(r.fn.returns)})`)
      : 'r';
    return { index: k, test: tests.join(' && '), exact: exact.join(' && '), validate, calls, after, result };
  });
  const width = Math.max(0, ...overloads.map((r) => r.params.length));
  const ts = overloads.map((r): TsSignatureView => {
    const doc = r.fn.doc;
    return {
      params: r.params.map((p) => ({ name: p.name, type: p.map.tsIn(p.type, env), optional: p.optional, doc: doc?.params?.[p.name] ?? '' })),
      returns: kind === 'constructor' ? '' : r.outs.length ? outsType(r, env, ctx.extras(r.fn).outs === 'tuple') : ctx.extras(r.fn).viewLength ? `${viewArrayOf(r.fn.returns)} | null` : r.ret!.tsOut(resultType(r.fn, ctx.extras(r.fn)), env),
      doc: [doc?.brief, doc?.details].filter(Boolean).join('\n\n'),
      returnsDoc: doc?.returns ?? '',
      deprecated: r.fn.deprecated ? (doc?.deprecated ?? 'deprecated') : null,
    };
  });
  return {
    jsName, where, isStatic: kind === 'static' || kind === 'function',
    params: Array.from({ length: width }, (_, i) => arg(i)).join(', '),
    overloads: dispatchSequence(views),
    signatures,
    ts,
  };
}

/**
 * The call of a value-class function's JS implementation (lib/valueMath.js, `$math` in the generated
 * script): `this` and the arguments, then the result's class. A constructor fills the registers as
 * its native does. Only what it can stand for exactly: a const function of a value class with a
 * value or number result, no preconditions to check, no out-parameters.
 */
function valueMathCall(ctx: CallContext, r: Resolved, kind: CallKind, n: number, extras: FunctionExtras): string {
  const env = ctx.registry.env;
  const args = Array.from({ length: n }, (_, i) => arg(i));
  const refuse = (why: string) => new Error(`${r.fn.id}: valueMath '${extras.js}' cannot stand for it: ${why}`);
  if (!env.classOf(ctx.cpp)?.value) throw refuse(`${ctx.cpp} is not a value class`);
  // Only the conditions this call's parameters make (a family's by parameter name may name none of them).
  if (preconditions(ctx, r, n, extras, '').length) throw refuse('it has preconditions, which only the native call checks');
  if (r.outs.length) throw refuse('it has out-parameters');
  if (kind === 'constructor') return `$math.${extras.js}(R, ${args.join(', ')});`;
  if (kind !== 'method' || !r.fn.const && !r.fn.operator) throw refuse('only const methods and operators');
  const result = env.classOf(shapeOf(r.fn.returns).base);
  if (result && !result.value) throw refuse(`its result ${result.id} is not a value class`);
  if (!result && r.ret?.name !== 'float') throw refuse(`its result ${r.fn.returns.canonical} is neither a value nor a float`);
  return `r = $math.${extras.js}(${['this', ...args, ...(result ? [result.jsName] : [])].join(', ')});`;
}

/**
 * A member-view getter's call: the runtime reads the field in place (lib/memoryViews.js), or, when
 * it cannot (OGRE_NAPI_NATIVE_MATH=1, a reference outside the object), the native call runs.
 */
function memberViewCall(ctx: CallContext, r: Resolved, name: string, site: number, native: string): string {
  const result = ctx.registry.env.classOf(shapeOf(r.fn.returns).base)!;
  return `if (!$math.on || (r = rt.memberValue(this, ${ctx.jsClass}, ${result.jsName}, ${site}, N.${name}$view, $views)) === undefined) { ${native} }`;
}

/**
 * The conditions the dispatcher tries, in the one overload order: first every overload with exact
 * checks, then those whose converting checks differ, with those — so an enum's value reaches the
 * overload taking that enum before one taking an integer, wherever they stand. A lone overload
 * needs only its converting test.
 */
function dispatchSequence(views: (JsOverloadView & { exact: string })[]): JsOverloadView[] {
  const plain = ({ exact: _exact, ...v }: JsOverloadView & { exact: string }): JsOverloadView => v;
  if (views.length === 1) return views.map(plain);
  return [
    ...views.map((v) => ({ ...plain(v), test: v.exact })),
    ...views.filter((v) => v.exact !== v.test).map(plain),
  ];
}

/** The result's type, marked `nonNull` when the spec says the function never returns null. */
function resultType(fn: FunctionDecl, extras: FunctionExtras): TypeRef {
  return extras.nonNull ? { ...fn.returns, nonNull: true } : fn.returns;
}

/** The JS result of a call with out-parameters: the native's object (wrapped fields converted), or a tuple of it. */
function outsResult(r: Resolved, env: TypeMapEnv, tuple: boolean): string {
  const field = (name: string, map: TypeMap | undefined, t: TypeRef) => (map?.jsOut ? map.jsOut(`r.${name}`, t, env) : `r.${name}`);
  const fields: [string, string][] = [
    ...(r.fn.returns.kind !== 'void' ? [['result', field('result', r.ret, r.fn.returns)] as [string, string]] : []),
    ...r.outs.map((o): [string, string] => [o.name, field(o.name, o.map, o.type)]),
  ];
  if (tuple) return `[${fields.map(([, v]) => v).join(', ')}]`;
  const converted = fields.filter(([k, v]) => v !== `r.${k}`);
  return converted.length ? `(${converted.map(([k, v]) => `r.${k} = ${v}`).join(', ')}, r)` : 'r';
}

/** `{ result: boolean; hue: number; … }`, or `[boolean, number, …]`. */
function outsType(r: Resolved, env: TypeMapEnv, tuple: boolean): string {
  const fields = [
    ...(r.fn.returns.kind !== 'void' ? [['result', r.ret!.tsOut(r.fn.returns, env)]] : []),
    ...r.outs.map((o) => [o.name, o.map.tsOut(o.type, env)]),
  ];
  return tuple ? `[${fields.map(([, t]) => t).join(', ')}]` : `{ ${fields.map(([k, t]) => `${k}: ${t}`).join('; ')} }`;
}
