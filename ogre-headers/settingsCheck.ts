/** The build-settings part of `ogre-bindgen check`: settings that differ from the build the spec's defaults were written for. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SpecProblem, RuleReport } from '../generator/passes/RuleReport.js';
import type { OgreInstall } from './ogreInstall.js';

/**
 * OgreBuildSettings.h settings that change OGRE's API, as Debian's OGRE 1.12 build has them (the build
 * the spec's unconditioned rules were written against); `undefined`: not defined there.
 */
export const REFERENCE_SETTINGS: Readonly<Record<string, string | undefined>> = {
  OGRE_NODELESS_POSITIONING: '',
  OGRE_DOUBLE_PRECISION: '0',
  OGRE_NODE_INHERIT_TRANSFORM: '0',
  OGRE_NO_VIEWPORT_ORIENTATIONMODE: '1',
  OGRE_NO_QUAD_BUFFER_STEREO: '1',
  OGRE_THREAD_SUPPORT: '3',
  OGRE_NO_MESHLOD: '0',
  OGRE_NO_ZIP_ARCHIVE: '0',
};

/** Names of the functions declared in `#ifdef NAME` / `#if NAME` blocks of the headers in `root` (one level of folders). */
function namesUnder(setting: string, root: string): Set<string> {
  const names = new Set<string>();
  const files = readdirSync(root, { withFileTypes: true }).flatMap((e) => (e.isDirectory()
    ? readdirSync(join(root, e.name)).map((f) => join(root, e.name, f)) : [join(root, e.name)])).filter((f) => f.endsWith('.h'));
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes(setting)) continue;
    let depth = 0;
    for (const line of text.split('\n')) {
      if (depth === 0 && new RegExp(`^\\s*#\\s*(?:ifdef|if)\\s+(?:defined\\s*\\(?\\s*)?${setting}\\b`).test(line)) { depth = 1; continue; }
      if (depth === 0) continue;
      if (/^\s*#\s*if/.test(line)) depth++;
      else if (/^\s*#\s*endif/.test(line)) depth--;
      else for (const m of line.matchAll(/\b(\w+)\s*\(/g)) names.add(m[1]!);
    }
  }
  return names;
}

/**
 * Per API-changing setting that differs from {@link REFERENCE_SETTINGS}: a problem naming the stale
 * rules that target declarations under it and the version condition that fixes them, or, when no
 * rule is stale because of it, a note in the report.
 */
export function settingsProblems(ogre: OgreInstall, report: RuleReport): SpecProblem[] {
  const problems: SpecProblem[] = [];
  for (const [name, reference] of Object.entries(REFERENCE_SETTINGS)) {
    const value = ogre.settings[name];
    if (value === reference) continue;
    const show = (v: string | undefined) => (v === undefined ? 'not defined' : v === '' ? 'defined' : `= ${v}`);
    const under = namesUnder(name, ogre.root);
    const stale = report.unmatched().filter((e) => [...e.rule.matchAll(/::(\w+)/g)].some((m) => under.has(m[1]!)));
    const condition = reference === '' ? `settings: { ${name}: true }` : `a condition on ${name}`;
    const differs = `${name} is ${show(value)} in OGRE ${ogre.version}'s build, ${show(reference)} in the spec's reference build (Debian's 1.12)`;
    if (!stale.length) {
      report.notes.push(`${differs}; no rule is stale because of it`);
      continue;
    }
    problems.push({
      pass: 'settings', rule: name,
      message: `${differs}; ${stale.length} stale rule(s) target declarations under it: ${stale.map((e) => e.rule).join('; ')}`,
      fix: `give those rules the version condition \`${condition}\` (ogre-headers/when.ts)`,
    });
  }
  return problems;
}
