// The AST cache: a second parse loads the saved unit and gives the same model; a changed header
// (size or modification time) makes the cache stale and the headers are parsed again.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseHeaders } from '../../../generator/parse/index.js';
import { FIXTURES } from '../../helpers/fixtures.js';

const work = mkdtempSync(join(tmpdir(), 'ogre-napi-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('parseHeaders with cacheDir', () => {
  const headers = join(work, 'headers');
  cpSync(join(FIXTURES, 'classes.hpp'), join(headers, 'classes.hpp'));
  const input = { modules: [{ name: 'Fixture', root: headers, headers: ['classes.hpp'] }], args: [] };
  const cacheDir = join(work, 'cache');

  it('reuses the saved unit and produces the same model', () => {
    const cold = JSON.stringify(parseHeaders(input, { cacheDir }));
    const warm = JSON.stringify(parseHeaders(input, { cacheDir }));
    expect(warm).toBe(cold);
    expect(JSON.stringify(parseHeaders(input))).toBe(cold);
  });

  it('walks a loaded unit into the same model as a fresh parse (static members in declaration order)', () => {
    const dir = join(work, 'statics');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'statics.hpp'), 'struct S {\n  int a;\n  static int s1;\n  float b;\n  static const int s2 = 2;\n  double c;\n};\n');
    const one = { modules: [{ name: 'Statics', root: dir, headers: ['statics.hpp'] }], args: [] };
    const cache = join(work, 'statics-cache');
    const fresh = parseHeaders(one, { cacheDir: cache });
    for (const f of readdirSync(cache).filter((n) => n.endsWith('.model.json'))) rmSync(join(cache, f)); // keep only the AST
    const loaded = parseHeaders(one, { cacheDir: cache });
    expect(loaded.classes[0]!.fields.map((f) => f.name)).toEqual(['a', 's1', 'b', 's2', 'c']);
    expect(JSON.stringify(loaded)).toBe(JSON.stringify(fresh));
  });

  it('parses again when a header changes', () => {
    const file = join(headers, 'classes.hpp');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nnamespace added { struct Late { int x; }; }\n`);
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const model = parseHeaders(input, { cacheDir });
    expect(model.classes.map((c) => c.id)).toContain('added::Late');
  });
});
