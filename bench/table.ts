/** Call-benchmark table: ns per call through our bindings and SWIG-Python, their ratio, the target and a verdict. */

/** ns per call keyed by operation (as the bench children print them); null: the side cannot do it. */
export type CallTimes = Record<string, number | null | undefined>;

/** An operation: its key in {@link CallTimes}, how it reads in the table, its target ratio ours/SWIG-Python. */
interface Op { key: string; label: string; target: number | null }

const OPS: Op[] = [
  { key: 'empty', label: 'loop + sink, no call (harness)', target: null },
  { key: 'length', label: 'v.length()', target: 0.7 },
  { key: 'dot', label: 'v.dotProduct(w)', target: 0.7 },
  { key: 'dotArray', label: 'v.dotProduct([4, 5, 6])', target: 0.7 },
  { key: 'add', label: 'v.add(w)   (Py: v + w)', target: 0.5 },
  { key: 'new', label: 'new Vector3(1, 2, 3)', target: 0.5 },
  { key: 'qmul', label: 'q.mul(v)   (Py: q * v)', target: 0.5 },
  { key: 'm4mul', label: 'm4.mul(m4) (Py 1.12: none)', target: 0.5 },
  { key: 'm4t', label: 'm4.transpose()', target: 0.5 },
  { key: 'getPosition', label: 'node.getPosition()', target: 0.5 },
  { key: 'enumResult', label: 'light.getType()   (an enum result)', target: null },
  { key: 'enumArg', label: 'light.setType(Light.LT_SPOTLIGHT)', target: null },
  { key: 'load4', label: 'img.loadDynamicImage 4 MB', target: 1.0 },
  { key: 'load64', label: 'img.loadDynamicImage 64 MB', target: 1.0 },
  { key: 'director', label: 'C++→JS virtual: _fireFrameStarted() → JS frameStarted', target: 1.0 },
  { key: 'directorNone', label: '  JS subclass, no override (C++ runs)', target: null },
  { key: 'directorPlain', label: '  plain C++ FrameListener', target: null },
];

/**
 * Zero-copy target: the 64 MB call may be at most this much slower than the 4 MB one. The margin
 * is for timing noise; a copy would make it about 16× slower.
 */
export const ZERO_COPY_LIMIT = 1.25;
/** Value results cost the same per call however many a round makes (no per-object registration). */
export const FLAT_LIMIT = 1.3;

const num = (x: number | null | undefined, digits = 1): string => (x == null ? 'n/a' : x.toFixed(digits));
const ratio = (a: number | null | undefined, b: number | null | undefined): number | null =>
  a == null || b == null ? null : a / b;
const verdict = (r: number | null, target: number | null): string =>
  target === null ? '' : r === null ? 'n/a' : r <= target ? 'ok' : 'over target';

/** Table lines for `ours` against `py` (null: SWIG-Python not available), then the zero-copy line. */
export function callTable(ours: CallTimes, py: CallTimes | null): string[] {
  const head = ['operation', 'ours ns', 'SWIG-Py ns', 'ours/Py', 'target', ''];
  const rows = OPS.map(({ key, label, target }) => {
    const r = ratio(ours[key], py?.[key]);
    return [label, num(ours[key]), num(py?.[key]), r === null ? 'n/a' : `${r.toFixed(2)}×`,
      target === null ? '' : `≤ ${target.toFixed(1)}×`, verdict(r, target)];
  });
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    `  ${cells.map((c, i) => (i === 0 ? c.padEnd(width[i]!) : c.padStart(width[i]!))).join('  ')}`.trimEnd();
  const flat = ratio(ours.add2M, ours.add20k);
  const pyFlat = ratio(py?.add2M, py?.add20k);
  const scale = ratio(ours.load64, ours.load4);
  const pyScale = ratio(py?.load64, py?.load4);
  return [
    line(head),
    ...rows.map(line),
    `  flat: v.add(w) ns per call, 2M-call rounds ÷ 20k-call rounds = ${num(flat, 2)}× ours, ${num(pyFlat, 2)}× SWIG-Python` +
      `   target ours ≤ ${FLAT_LIMIT}×   ${verdict(flat, FLAT_LIMIT)}`,
    `  zero-copy: loadDynamicImage 64 MB ÷ 4 MB = ${num(scale, 2)}× ours, ${num(pyScale, 2)}× SWIG-Python` +
      `   target ours ≤ ${ZERO_COPY_LIMIT}×   ${verdict(scale, ZERO_COPY_LIMIT)}`,
  ];
}
