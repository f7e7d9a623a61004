// Exit and destruction order: every creation order ends with the right exit code and all its output,
// never an abort or a segfault (each scenario is a headless child process).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
function run(scenario: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'headless.mjs'), 'tests/safety/children/exit.mjs'], {
    cwd: root, encoding: 'utf8', timeout: 120_000,
    env: { ...process.env, SCENARIO: scenario, NODE_OPTIONS: '--expose-gc', ...env },
  });
  return { status: r.status, signal: r.signal, out: r.stdout, err: r.stderr };
}

describe('exit and destruction order', () => {
  it('LogManager before Root (its JS reference gone, garbage collected): clean exit, every run', () => {
    for (let i = 0; i < 3; i++) {
      const r = run('logManagerFirst');
      expect(r.err).not.toMatch(/Assertion|Segmentation|Aborted/);
      expect(r.status).toBe(0);
      // The LogManager still logs after the collection (the child throws otherwise, before its last line).
      expect(r.out).toContain('END OF SCRIPT');
    }
  });

  it('a plain Root left to the exit, and a Root without a render system', () => {
    const plain = run('plainRoot');
    expect([plain.status, plain.signal]).toEqual([0, null]);
    expect(plain.out).toContain('log before exit');
    expect(plain.out).toContain('END OF SCRIPT');
    const bare = run('noRenderSystem');
    expect([bare.status, bare.signal]).toEqual([0, null]);
    expect(bare.out).toMatch(/createCamera: .*no render system/);
    expect(bare.out).toContain('END OF SCRIPT');
  });

  it('an ApplicationContext, closed or left open', () => {
    for (const close of ['1', '0']) {
      const r = run('applicationContext', { CLOSE: close });
      expect([r.status, r.signal]).toEqual([0, null]);
      expect(r.out).toContain('END OF SCRIPT');
    }
  });

  it('explicit disposal in order (Root, then the LogManager)', () => {
    const r = run('disposeOrder');
    expect([r.status, r.signal]).toEqual([0, null]);
    expect(r.out).toContain('END OF SCRIPT');
  });

  it('an uncaught exception: exit code 1 and its message, no abort', () => {
    const r = run('uncaught');
    expect(r.status).toBe(1);
    expect(r.err).toContain('uncaught on purpose');
    expect(r.err).not.toMatch(/Assertion|Segmentation|Aborted|core dumped/);
  });
});
