/**
 * One fuzz batch, run in its own process by scripts/fuzz.mjs: seeded random-argument calls over the
 * classes constructible without a Root (mode `free`) or over engine objects under a live headless
 * Root (mode `root`). Before each call it writes the call to stdout (synchronously), so when the
 * process dies the parent knows which call killed it. Usage: child.mjs <mode> <seed> <batch> <calls> [stopAt]
 * With FUZZ_SKIP_KNOWN=1 it leaves out the members of known.mjs (known crashes not fixed yet).
 */
import { writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ogre from 'ogre-napi';
import { paramsOf, random, valueFor } from './values.mjs';
import { KNOWN } from './known.mjs';
import { makeScene } from './scene.mjs';

const [mode, seedText, batchText, callsText, stopAtText] = process.argv.slice(2);
const seed = Number(seedText);
const batch = Number(batchText);
const calls = Number(callsText);
const stopAt = stopAtText === undefined ? Infinity : Number(stopAtText);
const rng = random(seed * 1000003 + batch * 7919 + (mode === 'root' ? 1 : 0));

/** Candidate signatures by "Class.member" (the bindings' own table). */
const require = createRequire(import.meta.url);
const signatures = {};
for (const name of ['ogre']) Object.assign(signatures, require(`../../generated/lib/${name}.signatures.cjs`));

/** Classes and enums by JS name: Ogre's, then Bites' and RTShader's (Overlay's are top-level). */
const names = new Map();
for (const ns of [Ogre.RTShader, Ogre.Bites, Ogre]) for (const [k, v] of Object.entries(ns)) names.set(k, v);
const isClass = (v) => typeof v === 'function' && v.prototype !== undefined && /^class /.test(Function.prototype.toString.call(v));

/** Members a fuzzer must not call: they block (a dialog, the render loop) or end the process on purpose. */
const BLOCKING = /^(?:startRendering|showConfigDialog|display|initApp|createWindow|runUntilExit|pollEvents|waitForCompletion|processResponses|setWorkerFunc|abort)$/;

const skipKnown = process.env.FUZZ_SKIP_KNOWN === '1';
// FUZZ_SKIP: calls to leave out, as indices and ranges (`3,17,20-45`).
const skipped = new Set((process.env.FUZZ_SKIP ?? '').split(',').filter(Boolean).flatMap((part) => {
  const [from, to = from] = part.split('-').map(Number);
  return Array.from({ length: Math.max(to - from + 1, 0) }, (_, i) => from + i);
}));
const members = new Map();
for (const key of Object.keys(signatures)) {
  const dot = key.indexOf('.');
  const cls = key.slice(0, dot);
  const member = key.slice(dot + 1);
  if (BLOCKING.test(member) || (skipKnown && KNOWN.has(key))) continue;
  if (!members.has(cls)) members.set(cls, []);
  members.get(cls).push(member);
}

/** Live objects to call and pass, with the expression naming each. */
const pool = [];
const byClass = new Map();
function remember(o, text) {
  if (o === null || typeof o !== 'object' || pool.length > 400) return;
  const entry = { v: o, text };
  pool.push(entry);
  for (let C = o.constructor; C && C !== Object; C = Object.getPrototypeOf(C)) {
    if (!byClass.has(C.name)) byClass.set(C.name, []);
    byClass.get(C.name).push(entry);
  }
}
function objectOf(name) {
  const v = names.get(name);
  if (v && !isClass(v) && typeof v === 'object' && Object.values(v).every((x) => typeof x === 'number')) {
    const values = Object.entries(v);
    if (!values.length || rng.chance(0.1)) return { v: 999, text: '999' };
    const [k, n] = rng.pick(values);
    return { v: n, text: `Ogre.${name}.${k}` };
  }
  const list = byClass.get(name);
  return list?.length ? rng.pick(list) : undefined;
}

const stats = { calls: 0, returned: 0, errors: {}, wrong: [] };
const log = (line) => writeSync(1, `${line}\n`);

/** One call: prints it first, then counts how it ended. Returns the result or undefined. */
function attempt(text, fn, { expectThrow = false } = {}) {
  if (stats.calls >= stopAt) { log(`STOP ${stats.calls}`); process.exit(0); }
  log(`CALL ${stats.calls} ${text}`);
  // Bisecting a batch: FUZZ_SKIP lists calls printed but not made (the rest stays the same while
  // the skipped calls return nothing the batch would pool).
  if (skipped.has(stats.calls++)) return undefined;
  try {
    const r = fn();
    stats.returned++;
    if (expectThrow) stats.wrong.push(`${text} returned instead of throwing`);
    return r;
  } catch (e) {
    const kind = e instanceof Error ? e.constructor.name : `non-Error ${typeof e}`;
    stats.errors[kind] = (stats.errors[kind] ?? 0) + 1;
    if (!(e instanceof Error)) stats.wrong.push(`${text} threw a non-Error: ${String(e)}`);
    return undefined;
  }
}

function argsFor(signature) {
  const params = paramsOf(signature);
  const args = [];
  for (const p of params) {
    if (p.optional && rng.chance(0.3)) break;
    args.push(valueFor(p.type, rng, objectOf));
  }
  return args;
}

/** Constructs an object of class `name` with random arguments. */
function construct(name) {
  const C = names.get(name);
  const sigs = signatures[`${name}.constructor`];
  if (!isClass(C) || !sigs) return;
  const args = argsFor(rng.pick(sigs));
  const text = `new Ogre.${name}(${args.map((a) => a.text).join(', ')})`;
  const o = attempt(text, () => new C(...args.map((a) => a.v)));
  if (o) remember(o, `(${text})`);
}

/** Calls a random member of a pooled object (or a static of its class) with random arguments. */
function callMember(entry) {
  const name = entry.v.constructor.name;
  const chain = [];
  for (let C = entry.v.constructor; C && C.name; C = Object.getPrototypeOf(C)) if (members.has(C.name)) chain.push(C.name);
  if (!chain.length) return;
  const owner = rng.pick(chain);
  const member = rng.pick(members.get(owner));
  if (member === 'constructor') return;
  if (skipKnown && chain.some((c) => KNOWN.has(`${c}.${member}`))) return;
  const sigs = signatures[`${owner}.${member}`];
  const args = argsFor(rng.pick(sigs));
  const Static = names.get(owner);
  const isStatic = isClass(Static) && typeof methodOf(Static, member) === 'function' && methodOf(entry.v, member) === undefined;
  const text = `${isStatic ? `Ogre.${owner}` : entry.text}.${member}(${args.map((a) => a.text).join(', ')})`;
  const r = attempt(text, () => (isStatic ? Static[member](...args.map((a) => a.v)) : entry.v[member](...args.map((a) => a.v))));
  if (r && typeof r === 'object' && !Array.isArray(r) && !ArrayBuffer.isView(r)) remember(r, `${text}`);
  return name;
}

/** A method found on `o` or its prototypes (never running a getter); undefined for anything else. */
function methodOf(o, key) {
  if (!(key in o)) return undefined; // `in` also makes a lazy class's members (no getter runs)
  for (let p = o; p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, key);
    if (d) return typeof d.value === 'function' ? d.value : undefined;
  }
  return undefined;
}

/** Whether `key` on `proto` is defined by a bound class (its own signature table lists it there). */
function boundOwner(proto, key) {
  for (let p = proto; p; p = Object.getPrototypeOf(p)) {
    if (Object.getOwnPropertyDescriptor(p, key)) return signatures[`${p.constructor?.name}.${key}`] !== undefined;
  }
  return false;
}

/**
 * Type confusion: a member of one native wrapper class called on an object of an unrelated class
 * must be a TypeError. (Math values live in JS, without a C++ object: their methods are left out.)
 */
function confuse(entry) {
  const others = [...members.keys()].filter((n) => isClass(names.get(n)) && typeof names.get(n).prototype.dispose === 'function');
  const owner = rng.pick(others);
  const C = names.get(owner);
  if (entry.v instanceof C) return;
  const member = rng.pick(members.get(owner));
  const fn = methodOf(C.prototype, member);
  // A static member's name may find a generic method of Object or the runtime (`toString`): not the class's.
  if (typeof fn !== 'function' || member === 'constructor' || !boundOwner(C.prototype, member)) return;
  attempt(`Ogre.${owner}.prototype.${member}.call(${entry.text})`, () => fn.call(entry.v), { expectThrow: true });
}

/** Classes that start the engine itself: the `root` mode's business, never made in a batch. */
const ENGINE = /^(?:Root|ApplicationContext\w*)$/;
const classNames = [...members.keys()].filter((n) => isClass(names.get(n)) && signatures[`${n}.constructor`] && !ENGINE.test(n));
if (mode === 'root') {
  const scene = makeScene(Ogre);
  for (const [text, o] of Object.entries(scene)) remember(o, `scene.${text}`);
}
while (stats.calls < calls) {
  const r = rng.next();
  if (pool.length < 8 || r < 0.2) construct(rng.pick(classNames));
  else if (r < 0.25) confuse(rng.pick(pool));
  else callMember(rng.pick(pool));
  if (stats.calls % 50 === 0 && pool.length > 200) pool.splice(0, 100);
}
log(`DONE ${JSON.stringify(stats)}`);
process.exit(0);
