// The AST cache: a second parse loads the saved unit and gives the same model; a changed header
// (size or modification time) makes the cache stale and the headers are parsed again.
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
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

  it('parses again when a header changes', () => {
    const file = join(headers, 'classes.hpp');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nnamespace added { struct Late { int x; }; }\n`);
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const model = parseHeaders(input, { cacheDir });
    expect(model.classes.map((c) => c.id)).toContain('added::Late');
  });
});
