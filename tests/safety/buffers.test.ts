// Buffers C++ keeps raw pointers into: resizable, growable and detached ones are refused, kept ones
// cannot be transferred away, and sizes implied by the arguments are checked in 64 bits.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ogre from 'ogre-napi';

/** ES2024's resizable and growable buffers (not in this project's ES2023 typings). */
const Resizable = ArrayBuffer as unknown as new (length: number, options: { maxByteLength: number }) => ArrayBuffer;
const Growable = SharedArrayBuffer as unknown as new (length: number, options: { maxByteLength: number }) => SharedArrayBuffer;

describe('buffers', () => {
  it('refuses a resizable ArrayBuffer (resize(0) would leave OGRE reading freed memory)', () => {
    const rab = new Resizable(16 * 16 * 3, { maxByteLength: 4096 });
    const img = new Ogre.Image();
    expect(() => img.loadDynamicImage(new Uint8Array(rab), 16, 16, Ogre.PF_BYTE_RGB)).toThrow(TypeError);
    expect(() => img.loadDynamicImage(rab, 16, 16, Ogre.PF_BYTE_RGB)).toThrow(/Image\.loadDynamicImage: parameter 'data' is over a resizable ArrayBuffer/);
    expect(img.getSize()).toBe(0);
  });

  it('refuses a growable SharedArrayBuffer and a detached buffer', () => {
    const gsab = new Growable(768, { maxByteLength: 4096 });
    expect(() => new Ogre.Image().loadDynamicImage(gsab, 16, 16, Ogre.PF_BYTE_RGB)).toThrow(/growable SharedArrayBuffer/);
    const gone = new ArrayBuffer(768);
    structuredClone(gone, { transfer: [gone] });
    expect(() => new Ogre.Image().loadDynamicImage(gone, 16, 16, Ogre.PF_BYTE_RGB)).toThrow(/detached/);
    expect(() => new Ogre.PixelBox(16, 16, 1, Ogre.PF_BYTE_RGB, new Uint8Array(gone))).toThrow(TypeError);
  });

  it('keeps a buffer OGRE views from being detached by a transfer (PixelBox, Image)', () => {
    const mem = new Uint8Array(4 * 4 * 3).fill(255);
    const pb = new Ogre.PixelBox(4, 4, 1, Ogre.PF_BYTE_RGB, mem);
    // Node copies an untransferable buffer instead of moving it: the original stays attached.
    structuredClone(mem.buffer, { transfer: [mem.buffer] });
    expect(mem.byteLength).toBe(48);
    expect(pb.getColourAt(3, 3, 0).r).toBe(1);
    const data = new Uint8Array(4 * 4 * 3);
    new Ogre.Image().loadDynamicImage(data, 4, 4, Ogre.PF_BYTE_RGB);
    structuredClone(data.buffer, { transfer: [data.buffer] });
    expect(data.byteLength).toBe(48);
  });

  it('keeps an Image alive while a PixelBox over its pixels lives', () => {
    const child = fileURLToPath(new URL('./children/pixelBoxView.mjs', import.meta.url));
    const out = execFileSync(process.execPath, ['--expose-gc', child], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ imageAlive: true, red: 1, freedAfter: true });
  });

  it('computes sizes in 64 bits: a 32-bit wrap-around no longer passes the check', () => {
    // 65537 × 65536 × 1 × 3 wraps to 196608 in 32 bits, the buffer's exact length.
    const img = new Ogre.Image();
    expect(() => img.loadDynamicImage(new Uint8Array(196608), 65537, 65536, 1, Ogre.PF_BYTE_RGB)).toThrow(RangeError);
    expect(() => img.loadDynamicImage(new Uint8Array(196608), 65537, 65536, 1, Ogre.PF_BYTE_RGB)).toThrow(/data needs at least 12885098496 bytes, got 196608/);
    expect(() => new Ogre.PixelBox(65537, 65536, 1, Ogre.PF_BYTE_RGB, new Uint8Array(196608))).toThrow(RangeError);
    expect(img.getSize()).toBe(0);
  });
});
