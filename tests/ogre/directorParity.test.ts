// Director parity with OGRE's SWIG Python component: every class Python may subclass with C++
// calling its overrides (tests/parity/director_target.json, made by swig_directors.py from Debian's
// python3-ogre-1.12) can be subclassed in JS, and every virtual method it has reaches JS overrides.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ogre from 'ogre-napi';
// @ts-expect-error the JS runtime has no declarations; typed loosely here
import { overridable, ready } from '../../lib/runtime.js';

const target = JSON.parse(readFileSync(new URL('../parity/director_target.json', import.meta.url), 'utf8')) as Record<string, string[]>;
const modules: Record<string, Record<string, unknown>> = { Ogre, Bites: Ogre.Bites, RTShader: Ogre.RTShader, Overlay: Ogre as never };

interface ModelClass { id: string; jsName?: string; name: string; parent: string; bases: { decl?: string }[]; methods: { overloads: { name: string; virtual?: true; operator?: string }[] }[] }
const model = JSON.parse(readFileSync('generated/model.json', 'utf8')) as { classes: ModelClass[] };
const byId = new Map(model.classes.map((c) => [c.id, c]));
/** JS name of a model class as BindingSet names it (`SceneManager_Listener` for nested classes). */
const jsNameOf = (c: ModelClass): string => c.jsName ?? (byId.has(c.parent) ? `${jsNameOf(byId.get(c.parent)!)}_${c.name}` : c.name);

/** Names of the virtual methods of a class and its bases (what a trampoline overrides). */
function virtualNames(c: ModelClass, into = new Set<string>()): Set<string> {
  for (const set of c.methods) for (const f of set.overloads) if (f.virtual && !f.operator) into.add(f.name);
  for (const b of c.bases) if (b.decl && byId.has(b.decl)) virtualNames(byId.get(b.decl)!, into);
  return into;
}

/** Constructor arguments, for classes whose constructors take some. */
const ARGS: Record<string, unknown[]> = { ApplicationContext: ['parity'], ApplicationContextBase: ['parity'] };

describe('director parity with SWIG-Python', () => {
  const classes = Object.entries(target).flatMap(([module, names]) => names.map((name) => ({ module, name })));

  it('covers SWIG-Python’s 13 director classes', () => {
    expect(classes).toHaveLength(13);
  });

  it('lets JS subclass each of them, with every virtual method routed to JS overrides', () => {
    const missing: string[] = [];
    for (const { module, name } of classes) {
      const Cls = modules[module]![name] as (new (...a: unknown[]) => object) | undefined;
      if (Cls) ready(Cls); // members (and the director registration) are made on first use
      const names = Cls ? overridable(Cls) : null;
      if (!Cls || !names) { missing.push(`${module}.${name}: not a director`); continue; }
      const decl = model.classes.find((c) => jsNameOf(c) === name && byId.get(c.id) === c);
      const virtuals = decl ? [...virtualNames(decl)] : [];
      const unrouted = virtuals.filter((v) => !names.includes(v));
      if (unrouted.length) missing.push(`${module}.${name}: ${unrouted.join(', ')} not overridable`);
      const Sub = class extends Cls {};
      const o = new Sub(...(ARGS[name] ?? []));
      if (!(o instanceof Cls)) missing.push(`${module}.${name}: subclass not constructed`);
    }
    expect(missing).toEqual([]);
  });
});
