/** `ogre-bindgen inspect` as a user runs it: a child process, its output and its exit code. */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lineOf } from '../helpers/fixtures.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Runs the CLI from the package root. Each run without `--header` parses OGRE (about 5 s). */
function bindgen(...args: string[]) {
  const run = spawnSync(process.execPath, [join(root, 'bin', 'ogre-bindgen.js'), ...args], {
    cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  expect(run.error).toBeUndefined();
  return run;
}

describe('ogre-bindgen inspect', () => {
  it('prints the IR of Ogre::Image as JSON', () => {
    const run = bindgen('inspect', 'Ogre::Image');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const image = JSON.parse(run.stdout) as Record<string, unknown> & { methods: { name: string }[] };
    expect(image).toMatchObject({ id: 'Ogre::Image', kind: 'class', name: 'Image', parent: 'Ogre', module: 'OgreMain' });
    expect(image.methods.map((m) => m.name)).toEqual(expect.arrayContaining(['loadDynamicImage', 'getData', 'save']));
  });

  it('exits 2 with a clear message for a name the model does not have', () => {
    const run = bindgen('inspect', 'Ogre::NoSuchThing');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/no symbol 'Ogre::NoSuchThing'/);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('prints class, method, enum, function and constant counts for the four modules', () => {
    const run = bindgen('inspect', '--summary');
    expect(run.status).toBe(0);
    const [header, ...rows] = run.stdout.trim().split('\n').map((line) => line.trim().split(/\s+/));
    expect(header).toEqual(['module', 'classes', 'methods', 'enums', 'functions', 'constants']);
    expect(rows.map((r) => r[0])).toEqual(['OgreMain', 'Bites', 'RTShader', 'Overlay']);
    for (const [module, classes, methods] of rows) {
      expect(Number(classes), `${module} classes`).toBeGreaterThan(0);
      expect(Number(methods), `${module} methods`).toBeGreaterThan(0);
    }
  });

  it('reports file:line of a malformed header and exits non-zero without crashing', () => {
    const header = join('tests', 'fixtures', 'headers', 'malformed.hpp');
    const run = bindgen('--header', header, 'inspect', 'bad::Fine');
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${join(root, header)}:${lineOf('malformed.hpp', 'int broken = ;')}:14`);
    expect(run.stderr).toContain('expected expression');
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});
