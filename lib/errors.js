// ogre-napi JS runtime: error messages — wrong classes and dead objects named by the running
// method (read from the stack on error paths only), candidate signatures, the engine's error class.
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Enum, enumClass } from './enums.js';
import { NativeObject } from './runtime.js';

/** Why a dead wrapper died, kept with it (read only when it is used again; a WeakMap would cost every kill far more). */
export const CAUSE = Symbol('ogre-napi.cause');

/** A stack frame's file as a path (ES modules give URLs, loaders such as vitest's paths). */
const pathOf = (f) => (f.startsWith('file:') ? fileURLToPath(f) : f);
/** The runtime's modules. */
const RUNTIME_FILES = new Set(['./errors.js', './runtime.js', './memoryViews.js', './ownership.js'].map((f) => fileURLToPath(new URL(f, import.meta.url))));

/** The method running now and the wrapper class it belongs to (read from the stack; error paths only). */
function caller() {
  const saved = Error.prepareStackTrace;
  Error.prepareStackTrace = (_e, sites) => sites;
  const holder = {};
  Error.captureStackTrace(holder, caller);
  const sites = holder.stack;
  Error.prepareStackTrace = saved;
  // The first frame outside the runtime's own files (selfAs, ptrOf, these helpers) is the binding's method.
  const site = sites.find((s) => s.getFileName() && !RUNTIME_FILES.has(pathOf(s.getFileName())));
  return { fn: site?.getFunctionName() ?? '?', type: site?.getTypeName() ?? undefined, site };
}

/** "Class.method()" of the binding whose native call is running (null outside one: a finalizer). */
export function runningCall() {
  const { fn, type, site } = caller();
  if (!site || !/\.(members|script)\.js$/.test(site.getFileName())) return null;
  return `${type && type !== 'Object' ? `${type}.` : ''}${fn}()`;
}

/** "Class.method" of the running binding, as the signature table names it. */
function where(Cls) {
  const { fn, type } = caller();
  const C = type && Object.hasOwn(globalClasses, type) ? globalClasses[type] : undefined;
  for (let K = C ?? Cls; K && K !== NativeObject; K = Object.getPrototypeOf(K)) {
    if (signaturesOf(`${K.name}.${fn}`).length) return `${K.name}.${fn}`;
  }
  return `${Cls.name}.${fn}`;
}
/** Registered classes by name (for naming the method in brand errors). */
export const globalClasses = Object.create(null);

/** "a Camera", "an Image". */
const a = (name) => `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name}`;

/** A short name for what `o` really is (its brand when it is a wrapper). */
function brandName(o) {
  const C = NativeObject.brandOf(o);
  return C ? a(C.name) : describe(o);
}

/** TypeError: `o` (the receiver, or an argument) is not a `Cls` wrapper. */
export function notA(o, Cls, what) {
  const at = where(Cls);
  if (what === 'this') notThis(o, Cls, at);
  const param = paramOf(at, Cls);
  throw new TypeError(`${at}: ${param ? `parameter '${param}'` : 'an argument'} must be ${a(Cls.name)}, got ${brandName(o)}`);
}

/** TypeError: method `at` of `Cls` was called on something else (`Vector3.prototype.length.call(image)`). */
export function notThis(o, Cls, at) {
  throw new TypeError(`${at}: 'this' must be ${a(Cls.name)}, got ${brandName(o)}`);
}

/** The name of the parameter of type `Cls` in the method's signatures, when only one has that type. */
function paramOf(at, Cls) {
  const names = new Set();
  const re = new RegExp(`(\\w+)\\??: (?:readonly )?${Cls.name}\\b`, 'g');
  for (const sig of signaturesOf(at)) for (const m of sig.matchAll(re)) names.add(m[1]);
  return names.size === 1 ? [...names][0] : undefined;
}

/** Error: `o` was destroyed (saying by what, when known). */
export function destroyed(o, Cls) {
  const cause = NativeObject.kept(o, CAUSE);
  const what = NativeObject.brandOf(o)?.name ?? Cls.name;
  throw new Error(`${where(Cls)}: this ${what} was destroyed${cause ? ` by ${cause}` : ''}; it cannot be used any more`);
}

/** A short description of a JS value for error messages. */
export function describe(v) {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `array(${v.length})`;
  if (v instanceof Enum) return v.name === undefined ? `${v.constructor.path}(${v.value})` : `${v.constructor.path}.${v.name}`;
  if (typeof v === 'object') return v.constructor?.name ?? 'object';
  if (typeof v === 'number') return `${v}`;
  return typeof v;
}

/** TypeError listing the candidate signatures when no overload accepts the arguments. */
const signatureFiles = [];
let signatureTable;

/** Where a generated module's candidate signatures are (read on the first overload error only). */
export function signaturesIn(moduleUrl, relativePath) {
  signatureFiles.push(resolve(dirname(fileURLToPath(moduleUrl)), relativePath));
  signatureTable = undefined;
}

function signaturesOf(where) {
  if (!signatureTable) {
    signatureTable = {};
    for (const file of signatureFiles) {
      try { Object.assign(signatureTable, createRequire(file)(file)); } catch { /* messages lose their candidates */ }
    }
  }
  return signatureTable[where] ?? [];
}

/** Throws the TypeError of a call no overload of `where` accepts: `n` arguments, the first of them `params`. */
export function noOverload(where, params, n = params.length) {
  const signatures = signaturesOf(where);
  // The generated code passes its named parameters, not `arguments` (whose use would cost every call).
  const given = params.slice(0, n);
  const described = Array.from(given, describe);
  if (n > params.length) described.push(`… ${n - params.length} more`);
  const got = described.join(', ');
  const wrong = wrongEnum(signatures, given, n);
  const why = wrong ? `: parameter '${wrong.name}' takes ${wrong.type}, not ${describe(wrong.arg)} (C++ converts no enum to another)` : '';
  throw new TypeError(`${where}: no overload accepts (${got})${why}; candidates:\n  ${signatures.join('\n  ')}`);
}

/**
 * The parameter given another enum's value, when every candidate taking this many arguments fails
 * there first (`setType(type: Light.LightTypes)` given `PixelFormat.PF_L8`).
 */
function wrongEnum(signatures, args, n) {
  let found;
  for (const signature of signatures) {
    const params = paramsOf(signature);
    const required = params.filter((p) => !p.optional).length;
    if (n < required || n > params.length) continue;
    const i = params.findIndex((p, k) => {
      const E = enumClass(p.type);
      return k < args.length && E !== undefined && args[k] instanceof Enum && !(args[k] instanceof E);
    });
    if (i < 0 || (found && found.name !== params[i].name)) return undefined;
    found = { name: params[i].name, type: params[i].type, arg: args[i] };
  }
  return found;
}

/** `name(p: T, q?: U)` → its parameters (commas inside brackets belong to a type). */
function paramsOf(signature) {
  const inner = signature.slice(signature.indexOf('(') + 1, signature.lastIndexOf(')'));
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if ('([{<'.includes(c)) depth++;
    else if (')]}>'.includes(c)) depth--;
    else if (c === ',' && depth === 0) { parts.push(inner.slice(start, i)); start = i + 1; }
  }
  if (inner.trim()) parts.push(inner.slice(start));
  return parts.map((part) => {
    const m = /^\s*(\w+)(\??):\s*(.*?)\s*$/.exec(part);
    return m ? { name: m[1], optional: m[2] === '?', type: m[3] } : { name: '', optional: false, type: '' };
  });
}

/** The JS class for engine exceptions: an Error with number, description, source, file and line. */
export function defineErrorClass(name, subclassSpecs = []) {
  const subclasses = {};
  const C = class extends Error {
    constructor(message, fields = {}) {
      // The engine names the exception's own class (`type`): construct that subclass instead.
      const Sub = new.target === C ? subclasses[fields.type] : undefined;
      if (Sub) return new Sub(message, fields);
      super(message);
      this.name = new.target.name;
      this.number = fields.number ?? -1;
      this.description = fields.description ?? message;
      this.source = fields.source ?? '';
      this.file = fields.file ?? '';
      this.line = fields.line ?? 0;
    }
    // The C++ accessors, for code ported from C++ or Python.
    getNumber() { return this.number; }
    getDescription() { return this.description; }
    getFullDescription() { return this.message; }
    getSource() { return this.source; }
    getFile() { return this.file; }
    getLine() { return this.line; }
    what() { return this.message; }
  };
  Object.defineProperty(C, 'name', { value: name });
  const byNumber = new Map();
  for (const { name: subName, number } of subclassSpecs) {
    const Sub = class extends C {};
    Object.defineProperty(Sub, 'name', { value: subName });
    subclasses[subName] = Sub;
    if (!byNumber.has(number)) byNumber.set(number, Sub);
  }
  C.subclasses = Object.freeze(subclasses);
  /** Throws the subclass for an error number, as the engine's exception factory does. */
  C.throwException = (number, description, source = '', file = '', line = 0) => {
    const E = byNumber.get(number) ?? C;
    throw new E(`${description}${source ? ` in ${source}` : ''}`, { number, description, source, file, line });
  };
  return C;
}
