/** Objects JS owns through the OGRE bindings against SWIG-Python: `new Image()` with many Images alive, and `instanceof` (table). */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

type Times = Record<string, number>;

/** Runs a bench child; its JSON (last line), or null with the reason printed. */
function child(command: string, args: string[]): Times | null {
  const r = spawnSync(command, args, { encoding: 'utf8' });
  if (r.status !== 0) {
    console.log(`  ${args[args.length - 1]} failed: ${(r.stderr || String(r.error)).trim().split('\n').at(-1)}`);
    return null;
  }
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Times;
}

/** Prints ns per call, ours and SWIG-Python's (`python`: an interpreter that imports Ogre, or undefined). */
export function ownedBench(python: string | undefined): void {
  console.log('\nobjects JS owns: ns per call, median of 7 rounds × 200000 calls (bench/ownedChild.ts, bench/swig_owned.py)');
  const ours = child(process.execPath, ['--expose-gc', '--import', 'tsx', join(here, 'ownedChild.ts')]);
  const py = python ? child(python, [join(here, 'swig_owned.py')]) : null;
  if (!ours) return;
  const rows: [string, string][] = [
    ['img instanceof Image (no mixin hook yet)', 'instanceofPlain'],
    ['img instanceof Image (Py: isinstance)', 'instanceof'],
    ['img instanceof MovableObject (a miss)', 'instanceofMiss'],
    ...Object.keys(ours).filter((k) => k.startsWith('newImage')).map((k): [string, string] =>
      [`new Image(), ${Number(k.slice(8)).toLocaleString('en')} Images alive`, k]),
  ];
  const cells = rows.map(([label, key]) => {
    const a = ours[key];
    const b = py?.[key];
    return [label, a?.toFixed(1) ?? 'n/a', b?.toFixed(1) ?? 'n/a', a !== undefined && b !== undefined ? `${(a / b).toFixed(2)}×` : ''];
  });
  const head = ['operation', 'ours ns', 'SWIG-Py ns', 'ours/Py'];
  const width = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `  ${c.map((x, i) => (i === 0 ? x.padEnd(width[i]!) : x.padStart(width[i]!))).join('  ')}`.trimEnd();
  console.log(line(head));
  for (const c of cells) console.log(line(c));
}
