// Parity with OGRE's SWIG Python component, computed against the loaded addon (see tests/parity/parity.ts).
import { writeFileSync, mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeParity, formatParity, missingByReason, skipReasons } from '../parity/parity.js';

describe('parity with SWIG-Python', () => {
  it('has the names OGRE’s Python component exposes', async () => {
    const all = await computeParity();
    mkdirSync('build', { recursive: true });
    const why = missingByReason(all, skipReasons('generated/skipped.json'));
    const reasons = why.map(([reason, names]) => `  ${names.length} × ${reason}: ${names.join(', ')}`).join('\n');
    writeFileSync('build/parity.txt', `${formatParity(all)}\n\nmissing, by the generator's reason:\n${reasons}\n`);
    console.log(`${formatParity(all, 12)}\nmissing, by the generator's reason (all in build/parity.txt):\n${why.map(([r, n]) => `  ${n.length} × ${r}`).join('\n')}`);
    const have = all.reduce((s, p) => s + p.have, 0);
    const total = all.reduce((s, p) => s + p.total, 0);
    expect(total).toBe(7451);
    // Every name: a missing one fails with the list above (and its reason).
    expect(all.flatMap((p) => Object.values(p.missing).flat().map((n) => `${p.module}:${n}`))).toEqual([]);
    expect(have).toBe(total);
  });
});
