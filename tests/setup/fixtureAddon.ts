// Vitest global setup: generates the fixture bindings into build/fixture and builds the fixture addon once.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateBindings } from '../../generator/generate.js';
import { fixtureJob } from '../fixtures/addon/spec.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Generates and compiles; throws with the compiler's output when the build fails. */
export default function setup(): void {
  generateBindings(fixtureJob(join(root, 'build', 'fixture')));
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build-native.mjs'), 'fixture'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`building the fixture addon failed:\n${r.stdout}\n${r.stderr}`);
}
