/** End-to-end helpers: run a sample headless (as `npm run demo` does) and read the PNG it writes. */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Runs `samples/<name>` through scripts/headless.mjs, writing its screenshot to `screenshot`; throws with its output when it fails. */
export function runSample(name: string, screenshot: string): SpawnSyncReturns<string> {
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'headless.mjs'), `samples/${name}`], {
    cwd: root, encoding: 'utf8', env: { ...process.env, SCREENSHOT: screenshot }, timeout: 300_000,
  });
  if (run.status !== 0) {
    throw new Error(`the sample exited with ${run.status ?? run.signal}:\n${run.stderr.slice(-3000)}\n${run.stdout.slice(-2000)}`);
  }
  return run;
}

/** The 8-bit RGB pixels of a PNG the samples write (no filters, as their writer emits). */
export function decodePng(png: Buffer): { width: number; height: number; rgb: Buffer } {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rgb = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) raw.copy(rgb, y * width * 3, y * (width * 3 + 1) + 1, (y + 1) * (width * 3 + 1));
  return { width, height, rgb };
}
