/** Small statistics for benchmark runs: median, min, max. */

/** Summary of repeated measurements. */
export interface Stats { median: number; min: number; max: number }

/** Median (mean of the middle two for even counts), min and max. */
export function stats(values: number[]): Stats {
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  const median = v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
  return { median, min: v[0]!, max: v.at(-1)! };
}

/** `1234 (1200–1300)` with a unit. */
export function fmt(s: Stats, unit: string, digits = 0): string {
  const f = (x: number) => x.toFixed(digits);
  return `${f(s.median)} ${unit} (min ${f(s.min)}, max ${f(s.max)})`;
}
