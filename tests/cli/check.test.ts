/** `ogre-bindgen check` against the installed OGRE, and `ogre-bindgen diff` over two model.json files. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, parseFixtures } from '../helpers/fixtures.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = mkdtempSync(join(tmpdir(), 'ogre-napi-check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const bindgen = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'ogre-bindgen.js'), ...args], { cwd: root, encoding: 'utf8' });

describe('ogre-bindgen check', () => {
  it('names the OGRE found and reports no problem for the spec against it (strict)', () => {
    const run = bindgen('check', '--strict', '--json');
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { source: string; problems: unknown[]; stale: unknown[]; rules: number };
    expect(report.source).toMatch(/^OGRE \d+\.\d+\.\d+ at .*\(Dear ImGui [\d.]+\w*, (?:separate|bundled)/);
    expect(report.problems).toEqual([]);
    expect(report.stale).toEqual([]);
    expect(report.rules).toBeGreaterThan(100);
  });

  it('refuses a prefix that holds no OGRE, naming it', () => {
    const run = bindgen('check', '--ogre', work);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`no OGRE.pc under ${work}`);
  });
});

describe('ogre-bindgen diff', () => {
  const [a, b] = [join(work, 'old.json'), join(work, 'new.json')];
  writeFileSync(a, JSON.stringify(parseFixtures([fixture('upgrade/old.hpp')])));
  writeFileSync(b, JSON.stringify(parseFixtures([fixture('upgrade/new.hpp')])));

  it('prints the changes as text, and exits 1 with --exit-code when there are any', () => {
    const run = bindgen('diff', a, b, '--exit-code');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('  classes removed (1):\n    - up::Removed');
    expect(bindgen('diff', a, a, '--exit-code').status).toBe(0);
  });

  it('prints JSON with --json', () => {
    const run = bindgen('diff', a, b, '--json');
    expect(run.status, run.stderr).toBe(0);
    const diff = JSON.parse(run.stdout) as { totals: { classes: { added: number } }; modules: { classes: { added: string[] } }[] };
    expect(diff.modules[0]!.classes.added).toEqual(['up::Added']);
  });

  it('needs two paths', () => {
    expect(bindgen('diff', a).status).toBe(2);
  });
});
