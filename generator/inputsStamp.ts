/** A fingerprint of everything generation reads, so an unchanged tree skips the ~5 s parse. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files under `dir` (recursively), sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort();
}

/** Hash of the generator's sources and templates (contents) and the headers (paths, sizes, mtimes). */
export function inputsStamp(packageRoot: string, headers: string[], args: string[]): string {
  const h = createHash('sha256');
  for (const dir of ['generator', 'templates', 'ogre-headers', 'lib']) {
    for (const f of filesUnder(join(packageRoot, dir))) h.update(f).update(readFileSync(f));
  }
  for (const f of headers) {
    const s = statSync(f);
    h.update(`${f}:${s.size}:${s.mtimeMs}`);
  }
  h.update(args.join(' '));
  return h.digest('hex');
}
