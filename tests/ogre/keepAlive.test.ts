// The typed array handed to Image.loadDynamicImage stays alive while OGRE uses it (SWIG-Python crashes here).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

it('keeps the buffer alive through garbage collection, then frees both', () => {
  const child = fileURLToPath(new URL('./children/keepAlive.mjs', import.meta.url));
  const out = execFileSync(process.execPath, ['--expose-gc', child], { encoding: 'utf8' });
  expect(JSON.parse(out)).toEqual({ stillThere: true, red: 1, freedAfterImage: true });
});
