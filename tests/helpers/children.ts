/** Runs a test child headless (scripts/headless.mjs) and reads the JSON it prints after `RESULT `. */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The child's `RESULT {…}` object; throws with its output when it fails or prints none. */
export function childResult<T>(child: string): T {
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'headless.mjs'), child], {
    cwd: root, encoding: 'utf8', timeout: 120_000,
  });
  const line = /RESULT (\{.*\})/.exec(run.stdout)?.[1];
  if (run.status !== 0 || !line) throw new Error(`${child} exited with ${run.status}:\n${run.stderr.slice(-3000)}\n${run.stdout.slice(-2000)}`);
  return JSON.parse(line) as T;
}
