/**
 * Fuzz arguments: a seeded random source, and values made from the TypeScript parameter types of
 * the bindings' signature table (mostly well-typed, sometimes junk), each with a printable form.
 */

/** A seeded generator (mulberry32): the same seed gives the same calls. */
export function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return { next, int, pick: (list) => list[int(list.length)], chance: (p) => next() < p };
}

/** Numbers that find edges: small counts and indices first, then limits, then non-integers. */
const SMALL = [0, 1, 2, 3, 4, 7, 16, 64, 99, 255];
const EDGES = [-1, 256, 1000, 65535, 65536, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 53, -(2 ** 31), 0.5, -0.5, NaN, Infinity, -Infinity, 1e-300, 1e300];
const STRINGS = ['', 'a', 'General', 'fuzz', 'BaseWhite', '%s%n%x', 'ñ€😀', 'x'.repeat(300), 'Ogre/Fuzz', '../..'];

/** A value with the source text that makes it again (for the one-line reproduction). */
const val = (v, text) => ({ v, text });

/** Something of the wrong type. */
function junk(rng) {
  return rng.pick([
    val(undefined, 'undefined'), val({}, '{}'), val('junk', "'junk'"), val(-1, '-1'), val(NaN, 'NaN'),
    val([], '[]'), val(() => 0, '() => 0'), val(1n, '1n'), val(Symbol('s'), "Symbol('s')"), val(true, 'true'),
  ]);
}

function number(rng) {
  const n = rng.chance(0.8) ? rng.pick(SMALL) : rng.pick(EDGES);
  return val(n, Number.isNaN(n) ? 'NaN' : Object.is(n, -0) ? '-0' : String(n));
}

function buffer(rng, Type = Uint8Array) {
  const kind = rng.int(10);
  const length = rng.pick([0, 1, 3, 16, 64, 256, 4096]);
  if (kind === 0) {
    // Whole elements: a typed array over a resizable buffer of a partial element is the fuzzer's own RangeError.
    const bytes = length - (length % (Type.BYTES_PER_ELEMENT ?? 1));
    const ab = new ArrayBuffer(bytes, { maxByteLength: bytes * 2 + 8 });
    return val(new Type(ab), `new ${Type.name}(new ArrayBuffer(${bytes}, { maxByteLength: ${bytes * 2 + 8} }))`);
  }
  if (kind === 1) {
    const b = new ArrayBuffer(length);
    structuredClone(b, { transfer: [b] });
    return val(b, `(() => { const b = new ArrayBuffer(${length}); structuredClone(b, { transfer: [b] }); return b; })()`);
  }
  const n = Math.floor(length / (Type.BYTES_PER_ELEMENT ?? 1));
  return val(new Type(n), `new ${Type.name}(${n})`);
}

const TYPED = { Uint8Array, Int8Array, Uint16Array, Int16Array, Uint32Array, Int32Array, Float32Array, Float64Array };

/**
 * A value for a parameter of TypeScript type `type`. `objectOf(name)` gives a pooled object of
 * that class ({ v, text }) or undefined.
 */
export function valueFor(type, rng, objectOf) {
  if (rng.chance(0.06)) return junk(rng);
  const t = type.trim();
  const alternatives = splitTop(t, '|');
  if (alternatives.length > 1) {
    if (alternatives.includes('null') && rng.chance(0.2)) return val(null, 'null');
    return valueFor(rng.pick(alternatives.filter((a) => a !== 'null')), rng, objectOf);
  }
  if (t === 'number') return number(rng);
  if (t === 'boolean') return rng.chance(0.5) ? val(true, 'true') : val(false, 'false');
  if (t === 'string') { const s = rng.pick(STRINGS); return val(s, JSON.stringify(s)); }
  if (t === 'bigint') return rng.chance(0.5) ? val(0n, '0n') : val(BigInt(rng.int(1 << 20)) * 8n, `${rng.int(1 << 20) * 8}n`);
  if (t === 'null' || t === 'undefined' || t === 'void') return val(null, 'null');
  if (t === 'ArrayBufferLike' || t === 'ArrayBufferView' || t === 'ArrayBuffer') return buffer(rng);
  if (TYPED[t]) return buffer(rng, TYPED[t]);
  if (t.startsWith('readonly [') || t.startsWith('[')) {
    const items = splitTop(t.replace(/^readonly /, '').slice(1, -1), ',');
    const parts = items.map((i) => valueFor(i.replace(/^\w+\??: /, ''), rng, objectOf));
    return val(parts.map((p) => p.v), `[${parts.map((p) => p.text).join(', ')}]`);
  }
  const arrayOf = /^(?:readonly )?(.+)\[\]$/.exec(t) ?? /^(?:ReadonlyArray|Array)<(.+)>$/.exec(t);
  if (arrayOf) {
    const parts = Array.from({ length: rng.int(4) }, () => valueFor(arrayOf[1], rng, objectOf));
    return val(parts.map((p) => p.v), `[${parts.map((p) => p.text).join(', ')}]`);
  }
  if (t.startsWith('(') && t.includes('=>')) {
    return rng.chance(0.5) ? val(() => 0, '() => 0') : val(() => { throw new Error('fuzz callback'); }, "() => { throw new Error('fuzz callback'); }");
  }
  if (/^(?:Record|Map)</.test(t) || t.startsWith('{')) return val({}, '{}');
  const cls = /^(?:\w+\.)*(\w+)$/.exec(t);
  if (cls) return objectOf(cls[1]) ?? val(null, 'null');
  return junk(rng);
}

/** `text` split at top-level `sep` (outside brackets, parentheses and angle brackets). */
export function splitTop(text, sep) {
  const out = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[' || c === '<' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '>' || c === '}') depth--;
    else if (c === '=' && text[i + 1] === '>') { i++; continue; }
    else if (c === sep && depth === 0) { out.push(text.slice(start, i).trim()); start = i + 1; }
  }
  out.push(text.slice(start).trim());
  return out.filter((s) => s.length > 0);
}

/** The parameters of one signature text, `name(a: T, b?: U)` → [{ name, type, optional }]. */
export function paramsOf(signature) {
  const open = signature.indexOf('(');
  let depth = 0;
  let close = open;
  for (let i = open; i < signature.length; i++) {
    if (signature[i] === '(') depth++;
    else if (signature[i] === ')' && --depth === 0) { close = i; break; }
  }
  return splitTop(signature.slice(open + 1, close), ',').map((p) => {
    const m = /^(?:\.\.\.)?(\w+)(\?)?: ([\s\S]+)$/.exec(p);
    return m ? { name: m[1], optional: m[2] === '?', type: m[3] } : { name: p, optional: false, type: 'unknown' };
  });
}
