/**
 * `ogre-bindgen generate --spec <file>`: the fixture bindings generated through the CLI from the
 * fixture's spec file are the ones the test setup generates in process, byte for byte; a user's
 * spec extending it (one more rule, one more type map) changes exactly what it says.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// Beside build/fixture (the setup's output), so the generated JS reaches the runtime and the addon by the same relative paths.
const fixtureOut = join(root, 'build', `spec-fixture-${process.pid}`);
const work = join(root, 'build', `spec-test-${process.pid}`);
afterAll(() => [fixtureOut, work].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const filesUnder = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' })
  // V8 code caches appear once any test has loaded the fixture's JS (tests run in parallel): not generated output.
  .filter((f) => statSync(join(dir, f)).isFile() && f !== 'skipped.json' && f !== '.inputs-stamp' && !f.endsWith('.v8cache')).sort();

function generate(spec: string, out: string) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'ogre-bindgen.js'), 'generate', '--spec', spec, '--out', out], { cwd: root, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

describe('ogre-bindgen generate --spec', () => {
  it("generates the fixture bindings from the fixture's spec file, as the in-process setup does", () => {
    const out = fixtureOut;
    expect(generate('tests/fixtures/addon/spec.ts', out)).toMatch(/classes, \d+ methods/);
    const expected = join(root, 'build', 'fixture');
    expect(filesUnder(out)).toEqual(filesUnder(expected));
    for (const f of filesUnder(out)) expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(join(expected, f), 'utf8'));
  });

  it("takes a user's spec that extends another: its extra rule and type map apply, the rest is unchanged", () => {
    mkdirSync(work, { recursive: true });
    const spec = join(work, 'my-spec.ts');
    const fixtureSpec = pathToFileURL(join(root, 'tests', 'fixtures', 'addon', 'spec.ts')).href;
    writeFileSync(spec, [
      `import base from ${JSON.stringify(fixtureSpec)};`,
      // fx::Registry left out; fx::Vec3 results as plain [x, y, z] arrays.
      'const vec3AsArray = { name: "Vec3 as array", matches: (t, use) => use === "out" && t.canonical === "fx::Vec3",',
      '  tsIn: () => "never", tsOut: () => "[number, number, number]", jsCheck: () => "false", cppIn: () => "",',
      '  cppOut: (e) => `[&](const fx::Vec3& v) { auto a = Napi::Array::New(env, 3); a[0u] = v.x; a[1u] = v.y; a[2u] = v.z; return a; }(${e})` };',
      'export default { ...base, rules: { ...base.rules, ignore: [...base.rules.ignore, "fx::Registry"] },',
      '  emit: { ...base.emit, typemaps: [vec3AsArray, ...base.emit.typemaps] } };',
      '',
    ].join('\n'));
    const out = join(work, 'mine');
    generate(spec, out);
    const typings = readFileSync(join(out, 'types', 'fixture.d.ts'), 'utf8');
    const shipped = readFileSync(join(root, 'build', 'fixture', 'types', 'fixture.d.ts'), 'utf8');
    expect(shipped).toMatch(/class Registry\b/);
    expect(typings).not.toMatch(/class Registry\b/);
    expect(typings).toMatch(/\): \[number, number, number\];/);
    expect(typings).toMatch(/class Widget\b/);
  });
});
