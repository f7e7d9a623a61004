/**
 * The upgrade path against a newer OGRE built from source (`OGRE_SOURCE`: its source tree, fetched by
 * the developer; `OGRE_IMGUI_DIR`: the unpacked Dear ImGui it wants, when CMake cannot download it):
 * configure and header install, `ogre-bindgen check`, `generate`, and `-fsyntax-only` over every unit.
 * `npm run test:upgrade`; skipped when OGRE_SOURCE is unset.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ogreFromSource } from './ogreFromSource.js';
import { syntaxCheck } from './syntaxCheck.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const source = process.env.OGRE_SOURCE;
const work = join(root, 'build', 'upgrade');
const prefix = join(work, 'ogre-prefix');
const out = join(work, 'generated');

/** Runs ogre-bindgen against the source-built OGRE (asynchronously: a long synchronous child would stall vitest's worker). */
function bindgen(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'ogre-bindgen.js'), '--ogre', prefix, ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe.skipIf(!source)('upgrade to an OGRE built from source', () => {
  it('configures it and installs its headers and pkg-config files', async () => {
    await ogreFromSource({ source: source!, build: join(work, 'ogre-build'), prefix, imgui: process.env.OGRE_IMGUI_DIR });
    const pc = readFileSync(join(prefix, 'lib', 'pkgconfig', 'OGRE.pc'), 'utf8');
    expect(Number(/^Version: (\d+)/m.exec(pc)?.[1])).toBeGreaterThanOrEqual(13);
    expect(existsSync(join(prefix, 'include', 'OGRE', 'Overlay', 'imgui.h'))).toBe(true);
  }, 300_000);

  it('check finds no spec problem and no stale rule (strict)', async () => {
    const run = await bindgen('check', '--strict', '--json');
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { source: string; problems: unknown[]; stale: unknown[] };
    expect(report.source).toMatch(/^OGRE 1[3-9]\.\d+\.\d+ .*, bundled; headers only/);
    expect(report.problems).toEqual([]);
    expect(report.stale).toEqual([]);
  }, 600_000);

  it('generates the bindings', async () => {
    const run = await bindgen('generate', '--strict', '--force', '--out', out);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/OGRE 1[3-9]\.\d+\.\d+/);
    const model = JSON.parse(readFileSync(join(out, 'model.json'), 'utf8')) as { classes: unknown[] };
    expect(model.classes.length).toBeGreaterThan(400);
  }, 600_000);

  it('every generated unit compiles against its headers', async () => {
    const env = { ...process.env, PKG_CONFIG_PATH: join(prefix, 'lib', 'pkgconfig') };
    const pkg = spawnSync('pkg-config', ['--cflags', 'OGRE', 'OGRE-Bites', 'OGRE-RTShaderSystem', 'OGRE-Overlay'], { env, encoding: 'utf8' });
    expect(pkg.status, pkg.stderr).toBe(0);
    const { units, failures } = await syntaxCheck(root, out, pkg.stdout.trim().split(/\s+/).filter((f) => /^-[ID]/.test(f)));
    console.log(`syntax check: ${units.length - failures.length} of ${units.length} units compile`);
    expect(units.length).toBeGreaterThan(40);
    expect(failures).toEqual([]);
  }, 3_600_000);
});
