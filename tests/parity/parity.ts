/**
 * Parity with OGRE's SWIG Python component: which of the names it exposes (parity_target.json,
 * made from Debian's python3-ogre-1.12 by the reference's make_parity_target.py) the loaded
 * bindings have, by the same name.
 *
 * Where names live: Ogre → `ogre-napi`, Bites/RTShader/Overlay → `ogre-napi/<Module>`. A class's
 * method is on its prototype or the class; a SWIG `Class_MEMBER_get` static is `Class.MEMBER`; a
 * function is a module export or a function of an exported namespace object (`ImGui.Begin`).
 */
import { readFileSync } from 'node:fs';

interface ModuleTarget {
  classes: Record<string, string[]>;
  functions: string[];
  statics: [string, string][];
  constants: string[];
}

export type Category = 'classes' | 'methods' | 'functions' | 'statics' | 'constants';
export interface ModuleParity { module: string; have: number; total: number; missing: Record<Category, string[]> }

export function parityTarget(): Record<string, ModuleTarget> {
  return JSON.parse(readFileSync(new URL('./parity_target.json', import.meta.url), 'utf8'));
}

type Exports = Record<string, unknown>;

/** Exported namespace objects: holders of free functions (classes whose constructor throws). */
function functionHolders(m: Exports): Exports[] {
  return Object.values(m).filter((v): v is Exports => typeof v === 'function' && /is a namespace of functions/.test(Function.prototype.toString.call(v).slice(0, 300)));
}

/** Compares one module's exports with its target. */
export function moduleParity(module: string, m: Exports, t: ModuleTarget): ModuleParity {
  const missing: Record<Category, string[]> = { classes: [], methods: [], functions: [], statics: [], constants: [] };
  let have = 0;
  let total = 0;
  const count = (ok: boolean, cat: Category, name: string) => { total++; if (ok) have++; else missing[cat].push(name); };
  const holders = functionHolders(m);
  for (const [name, methods] of Object.entries(t.classes)) {
    const C = m[name] as (Exports & { prototype?: Exports }) | undefined;
    count(typeof C === 'function', 'classes', name);
    for (const fn of methods) count(C !== undefined && (fn in C || (C.prototype !== undefined && fn in C.prototype)), 'methods', `${name}.${fn}`);
  }
  for (const fn of t.functions) count(typeof m[fn] === 'function' || holders.some((h) => typeof h[fn] === 'function'), 'functions', fn);
  for (const [cls, member] of t.statics) {
    const C = m[cls] as Exports | undefined;
    count(C !== undefined && member in C, 'statics', `${cls}.${member}`);
  }
  for (const k of t.constants) count(m[k] !== undefined, 'constants', k);
  return { module, have, total, missing };
}

/** Parity of every module, loading each from its package entry. */
export async function computeParity(): Promise<ModuleParity[]> {
  const target = parityTarget();
  const entry: Record<string, string> = { Ogre: 'ogre-napi', Bites: 'ogre-napi/Bites', RTShader: 'ogre-napi/RTShader', Overlay: 'ogre-napi/Overlay' };
  const out: ModuleParity[] = [];
  for (const [module, t] of Object.entries(target)) out.push(moduleParity(module, (await import(entry[module]!)) as Exports, t));
  return out;
}

/**
 * Why the generator left names out, from `generated/skipped.json` (`Class.method` or a function's
 * name → the first reason). Names it has no reason for were never in the bound model: an ignore
 * rule of `ogre-headers/` (each has its reason there) or not in OGRE 1.12's headers as such.
 */
export function skipReasons(file: string): Map<string, string> {
  const reasons = new Map<string, string>();
  for (const { id, reason } of JSON.parse(readFileSync(file, 'utf8')) as { id: string; reason: string }[]) {
    const path = id.replace(/\(.*$/, '').split('::');
    const key = path.length > 1 && /^[A-Z]/.test(path.at(-2)!) && path.at(-2) !== 'ImGui' ? `${path.at(-2)}.${path.at(-1)}` : path.at(-1)!;
    if (!reasons.has(key)) reasons.set(key, reason.replace(/ parameter \w+:/, ' parameter:'));
  }
  return reasons;
}

/** The missing names grouped by the generator's reason, most common first. */
export function missingByReason(all: ModuleParity[], reasons: Map<string, string>): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const p of all) {
    for (const names of Object.values(p.missing)) {
      for (const name of names) {
        const reason = reasons.get(name) ?? reasons.get(name.replace(/_/g, '.')) ?? 'not in the bound model (an ignore rule, or not declared so in OGRE 1.12)';
        groups.set(reason, [...(groups.get(reason) ?? []), `${p.module}:${name}`]);
      }
    }
  }
  return [...groups].sort((a, b) => b[1].length - a[1].length);
}

/** `Ogre 5,000 / 5,511 (90.7 %)` lines and the missing names, for the test's output. */
export function formatParity(all: ModuleParity[], perCategory = Infinity): string {
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)} %`;
  const have = all.reduce((s, p) => s + p.have, 0);
  const total = all.reduce((s, p) => s + p.total, 0);
  const lines = [`parity with SWIG-Python: ${have} / ${total} names (${pct(have, total)})`];
  for (const p of all) {
    lines.push(`  ${p.module}: ${p.have} / ${p.total} (${pct(p.have, p.total)})`);
    for (const [cat, names] of Object.entries(p.missing)) {
      if (!names.length) continue;
      const shown = names.slice(0, perCategory);
      lines.push(`    missing ${cat} (${names.length}): ${shown.join(', ')}${names.length > shown.length ? ', …' : ''}`);
    }
  }
  return lines.join('\n');
}
