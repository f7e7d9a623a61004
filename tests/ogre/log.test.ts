// OGRE's log by choice with an ApplicationContext: nowhere (stdout stays clean) or to a JS function,
// and the process still exits cleanly after closeApp (the log manager outlives the engine).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function runApp(logTo: 'none' | 'js' | 'late') {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'headless.mjs'), 'tests/ogre/children/logApp.mjs'], {
    cwd: root, encoding: 'utf8', env: { ...process.env, LOG_TO: logTo }, timeout: 180_000,
  });
  if (r.status !== 0) throw new Error(`the app exited with ${r.status ?? r.signal}:\n${r.stderr.slice(-3000)}\n${r.stdout.slice(-2000)}`);
  const at = r.stdout.indexOf('@report ');
  return { before: r.stdout.slice(0, at), report: JSON.parse(r.stdout.slice(at + 8).split('\n')[0]!) };
}

describe("OGRE's log with an ApplicationContext", () => {
  it('goes nowhere after LogManager.logToNowhere(): nothing on stdout, a clean exit', () => {
    const { before, report } = runApp('none');
    expect(before).toBe('');
    expect(report.count).toBe(0);
  });

  it('reaches a JS function after LogManager.logTo(fn), with levels', () => {
    const { before, report } = runApp('js');
    expect(before).toBe('');
    expect(report.count).toBeGreaterThan(50);
    expect(report.levels).toContain(2); // LML_NORMAL
    expect(report.enumLevels).toBe(true); // each an Ogre.LogMessageLevel, as the typings say
    expect(report.sample.join('\n')).toMatch(/\w/);
  });

  it('is refused with an Error once the engine made its own log (which goes on printing)', () => {
    const { before, report } = runApp('late');
    expect(report.late).toMatch(/^LogManager\.logTo: .*before creating Root or an ApplicationContext/);
    expect(before).toMatch(/Creating resource group/);
  });
});
