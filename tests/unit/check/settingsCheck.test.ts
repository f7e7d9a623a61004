/** settingsProblems: a build setting that differs from the spec's reference build, tied to the stale rules it explains. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RuleReport } from '../../../generator/passes/RuleReport.js';
import type { OgreInstall } from '../../../ogre-headers/ogreInstall.js';
import { REFERENCE_SETTINGS, settingsProblems } from '../../../ogre-headers/settingsCheck.js';

const root = mkdtempSync(join(tmpdir(), 'ogre-napi-settings-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
writeFileSync(join(root, 'OgreCamera.h'), [
  'class Camera {', '#ifdef OGRE_NODELESS_POSITIONING', '  void setPosition(float x);', '#if 0', '#endif', '  void lookAt(float x);', '#endif', '  void setFOVy(float y);', '};',
].join('\n'));

/** An install with the reference settings except those given. */
const install = (settings: Record<string, string | undefined>): OgreInstall => {
  const all = Object.fromEntries(Object.entries({ ...REFERENCE_SETTINGS, ...settings }).filter((e): e is [string, string] => e[1] !== undefined));
  return { version: '14.5.2', numbers: [14, 5, 2], root, libdir: '', settings: all, env: {}, imgui: { kind: 'bundled', header: '', version: '', flags: [] } };
};

describe('settingsProblems', () => {
  it('is silent when the settings are the reference build\'s', () => {
    const report = new RuleReport();
    expect(settingsProblems(install({}), report)).toEqual([]);
    expect(report.notes).toEqual([]);
  });

  it('names the stale rules that target declarations under a setting that is off, with the condition to add', () => {
    const report = new RuleReport();
    report.record('ignore', "ignore 'Ogre::Camera::lookAt'", 0);
    report.record('ignore', "ignore 'Ogre::Camera::setFOVy'", 0);
    report.record('ignore', "ignore 'Ogre::Camera::setPosition'", 3);
    const [problem, ...rest] = settingsProblems(install({ OGRE_NODELESS_POSITIONING: undefined }), report);
    expect(rest).toEqual([]);
    expect(problem!.message).toMatch(/OGRE_NODELESS_POSITIONING is not defined in OGRE 14\.5\.2's build, defined in the spec's reference build/);
    expect(problem!.message).toMatch(/1 stale rule\(s\) target declarations under it: ignore 'Ogre::Camera::lookAt'$/);
    expect(problem!.fix).toContain('settings: { OGRE_NODELESS_POSITIONING: true }');
  });

  it('makes a difference no rule depends on a note, not a problem', () => {
    const report = new RuleReport();
    expect(settingsProblems(install({ OGRE_DOUBLE_PRECISION: '1' }), report)).toEqual([]);
    expect(report.notes).toEqual(["OGRE_DOUBLE_PRECISION is = 1 in OGRE 14.5.2's build, = 0 in the spec's reference build (Debian's 1.12); no rule is stale because of it"]);
  });
});
