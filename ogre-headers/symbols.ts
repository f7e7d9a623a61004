/** The symbols OGRE's shared libraries export (`nm -D`), to bind only what the addon can link. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PKG_CONFIG_PACKAGES } from './modules.js';

let exported: Set<string> | undefined;

/** Whether some OGRE library exports `symbol` (read once per process). */
export function isExported(symbol: string): boolean {
  exported ??= readExports();
  return exported.has(symbol);
}

function readExports(): Set<string> {
  const flags = execFileSync('pkg-config', ['--libs', ...PKG_CONFIG_PACKAGES.filter((p) => p.startsWith('OGRE'))], { encoding: 'utf8' }).trim().split(/\s+/);
  const dirs = [...flags.filter((f) => f.startsWith('-L')).map((f) => f.slice(2)),
    execFileSync('pkg-config', ['--variable=libdir', 'OGRE'], { encoding: 'utf8' }).trim()];
  const out = new Set<string>();
  for (const lib of flags.filter((f) => f.startsWith('-l')).map((f) => `lib${f.slice(2)}.so`)) {
    const file = dirs.map((d) => join(d, lib)).find((f) => existsSync(f));
    if (!file) continue;
    const text = execFileSync('nm', ['-D', '--defined-only', file], { encoding: 'utf8', maxBuffer: 256 << 20 });
    for (const line of text.split('\n')) {
      const name = line.slice(line.lastIndexOf(' ') + 1);
      if (name) out.add(name);
    }
  }
  return out;
}
