// Objects JS owns are deleted when collected; the identity cache forgets collected wrappers; instanceof through mixins.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

it('deletes collected objects, keeps identity while alive, prunes the identity cache, and answers instanceof through mixins', () => {
  const child = fileURLToPath(new URL('./children/finalization.mjs', import.meta.url));
  const { grewBy, ...out } = JSON.parse(execFileSync(process.execPath, ['--expose-gc', child], { encoding: 'utf8' }));
  // 5000 new entries (one fewer if a Log reuses the address of a collected wrapper not yet swept).
  expect(grewBy).toBeGreaterThanOrEqual(4999);
  expect(out).toEqual({
    singletonWhileAlive: 'first',
    deletedWhenCollected: true,
    sameWrapper: true,
    prunedToBaseline: true,
    stillInEngine: 'log7',
    mixins: [true, true, true, true],
    notMixins: [false, false, false],
    primitives: [false, false, false, false],
    imageIsImage: true,
  });
});
