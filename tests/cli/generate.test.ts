/**
 * `ogre-bindgen generate` writes the typings on a worker thread: its files must be the ones
 * generateBindings writes on one thread, byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateBindings } from '../../generator/generate.js';
import { ogreJob } from '../../ogre-headers/job.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// Siblings in one folder: the generated JS finds the addon by the same relative path from both.
const work = mkdtempSync(join(tmpdir(), 'ogre-napi-generate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Files under `dir`, relative and sorted. */
const filesUnder = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => statSync(join(dir, f)).isFile()).sort();

describe('ogre-bindgen generate', () => {
  it('writes the same files as generateBindings', () => {
    const [cli, inProcess] = [join(work, 'cli'), join(work, 'in-process')];
    const run = spawnSync(process.execPath, [join(root, 'bin', 'ogre-bindgen.js'), 'generate', '--force', '--out', cli], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    generateBindings(ogreJob(root, inProcess));
    // The CLI's own extras: the list of skipped declarations and the inputs' stamp.
    const written = filesUnder(cli).filter((f) => f !== 'skipped.json' && f !== '.inputs-stamp');
    expect(written).toEqual(filesUnder(inProcess));
    for (const f of written) expect(readFileSync(join(cli, f), 'utf8'), f).toBe(readFileSync(join(inProcess, f), 'utf8'));
  });
});
