/** Version conditions for spec entries: one spec serves OGRE 1.12 and newer releases, and their build settings. */
import { findOgre, type OgreInstall } from './ogreInstall.js';

/** When a spec entry applies. Every field given must hold. */
export interface Condition {
  /** Version bounds: `>=13`, `<13`, `>=1.12 <14.2` (space-separated, each `>=`, `>`, `<=`, `<` or `=`). */
  ogre?: string;
  /** Build settings (OgreBuildSettings.h): `true` when it must be defined, `false` when it must not be. */
  settings?: Record<string, boolean>;
  /**
   * Where Dear ImGui's headers come from: `separate` (a package of its own, with imgui_internal.h:
   * Debian's for 1.12) or `bundled` (OGRE ≥ 13's copy in OGRE/Overlay, public headers only).
   */
  imgui?: 'separate' | 'bundled';
}

const compare = (a: number[], b: number[]): number => {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d) return Math.sign(d);
  }
  return 0;
};

/** Whether `cond` holds for `ogre` (by default the chosen OGRE). */
export function holds(cond: Condition, ogre: OgreInstall = findOgre()): boolean {
  for (const bound of (cond.ogre ?? '').split(/\s+/).filter(Boolean)) {
    const m = /^(>=|<=|>|<|=)(\d+(?:\.\d+)*)$/.exec(bound);
    if (!m) throw new Error(`version condition '${bound}': expected e.g. >=13, <14.2`);
    const c = compare(ogre.numbers, m[2]!.split('.').map(Number));
    const ok = { '>=': c >= 0, '<=': c <= 0, '>': c > 0, '<': c < 0, '=': c === 0 }[m[1] as '>=' | '<=' | '>' | '<' | '='];
    if (!ok) return false;
  }
  if (cond.imgui && cond.imgui !== ogre.imgui.kind) return false;
  return Object.entries(cond.settings ?? {}).every(([name, on]) => (name in ogre.settings) === on);
}

/** `items` when `cond` holds for the chosen OGRE, else none: `...when({ ogre: '<13' }, [rule])`. */
export function when<T>(cond: Condition, items: readonly T[]): T[] {
  return holds(cond) ? [...items] : [];
}

/** `entries` when `cond` holds for the chosen OGRE, else none: `...entriesWhen({ ogre: '<13' }, { 'Ogre::X::f': … })`. */
export function entriesWhen<T>(cond: Condition, entries: Readonly<Record<string, T>>): Record<string, T> {
  return holds(cond) ? { ...entries } : {};
}

/** The first value whose condition holds (the last entry may omit it): `choose([[{ ogre: '<13' }, a], [{}, b]])`. */
export function choose<T>(options: readonly (readonly [Condition, T])[]): T {
  const hit = options.find(([cond]) => holds(cond));
  if (!hit) throw new Error('choose: no condition holds for this OGRE');
  return hit[1];
}
