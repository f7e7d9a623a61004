// The runtime package as a user gets it: packed, installed into a fresh project without the network,
// type-checked (strict, skipLibCheck false; node16, nodenext, bundler), imported and required, one
// frame rendered headless and read back, OGRE's log sent nowhere, to a file and to JS.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingLibraryMessage } from '../../lib/loading.js';
import { startXvfb } from '../../scripts/xvfb.mjs';
import { cleanNpmEnv, installOffline, packRuntime } from './packRuntime.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = mkdtempSync(join(tmpdir(), 'ogre-napi-install-'));
const project = join(work, 'project');
const cacheDir = join(work, 'cache');
const installed = join(project, 'node_modules', 'ogre-napi');
let tarball = '';
let display = process.env.DISPLAY;
let xvfb: { kill(): void } | undefined;

beforeAll(async () => {
  tarball = packRuntime(join(work, 'pack'));
  cpSync(join(root, 'tests', 'package', 'consumer'), project, { recursive: true });
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`);
  installOffline(project, tarball);
  if (!display) [display, xvfb] = await startXvfb();
}, 600_000);
afterAll(() => {
  xvfb?.kill();
  rmSync(work, { recursive: true, force: true });
});

/** Runs a consumer program with OGRE's render system folder and a fresh-or-warm code cache folder. */
function run(program: string, log: string) {
  const pluginDir = execFileSync('pkg-config', ['--variable=plugindir', 'OGRE'], { encoding: 'utf8' }).trim();
  const r = spawnSync(process.execPath, [program, log], {
    cwd: project, encoding: 'utf8', timeout: 120_000,
    env: { ...cleanNpmEnv(), DISPLAY: display, OGRE_PLUGIN_DIR: pluginDir, OGRE_NAPI_CACHE_DIR: cacheDir },
  });
  const line = /^@report (.*)$/m.exec(r.stdout)?.[1];
  if (r.status !== 0 || !line) throw new Error(`${program} ${log} exited with ${r.status ?? r.signal}:\n${r.stderr.slice(-3000)}\n${r.stdout.slice(-1000)}`);
  const before = r.stdout.slice(0, r.stdout.indexOf('@report')).trim();
  return { report: JSON.parse(line) as { centre: number[]; messages: number; firstMessage?: [string, number]; stack: string }, before };
}

/** The viewport's clear colour (0.2, 0.4, 0.6) in bytes. */
const near = (got: number[]) => [51, 102, 153].every((v, i) => Math.abs(v - got[i]!) <= 2);

describe('the packed runtime package', () => {
  it('holds the runtime, generated JS and typings, sources to build from and one prebuild; no generator tools', () => {
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    expect(Object.keys(pkg.dependencies)).toEqual(['node-gyp-build']);
    expect(readdirSync(join(installed, 'prebuilds', `${process.platform}-${process.arch}`))).toEqual(['ogre-napi.node.napi.glibc.node']);
    for (const f of ['lib/runtime.js', 'generated/lib/index.js', 'generated/types/index.d.ts', 'CMakeLists.txt', 'native/runtime/CMakeLists.txt', 'install/install.mjs']) {
      expect(existsSync(join(installed, f)), f).toBe(true);
    }
    expect(readdirSync(join(installed, 'generated', 'src')).filter((f) => f.endsWith('.cpp')).length).toBeGreaterThan(10);
    // Installed without the network: only the package and its one runtime dependency.
    expect(readdirSync(join(project, 'node_modules')).filter((f) => !f.startsWith('.')).sort()).toEqual(['node-gyp-build', 'ogre-napi']);
    expect(readdirSync(join(installed, 'generated', 'lib')).some((f) => f.endsWith('.v8cache'))).toBe(false);
  });

  it.each(['node16', 'nodenext', 'bundler'])('type-checks a consumer under %s resolution (strict, skipLibCheck false)', (resolution) => {
    const compilerOptions = {
      strict: true, skipLibCheck: false, noEmit: true, target: 'ES2022', lib: ['ES2023'], types: [],
      ...(resolution === 'bundler' ? { module: 'esnext', moduleResolution: 'bundler' } : { module: resolution, moduleResolution: resolution }),
    };
    writeFileSync(join(project, `tsconfig.${resolution}.json`), JSON.stringify({ compilerOptions, files: ['usage.ts'] }));
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', `tsconfig.${resolution}.json`], { cwd: project, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });

  it('renders a frame and reads its pixels through `import`, OGRE quiet', () => {
    const { report, before } = run('render.mjs', 'none');
    expect(near(report.centre), String(report.centre)).toBe(true);
    expect(before).toBe('');
  });

  it('renders a frame through `require` as well, its log sent to a JS function', () => {
    const { report, before } = run('render.cjs', 'js');
    expect(near(report.centre), String(report.centre)).toBe(true);
    expect(report.messages).toBeGreaterThan(20);
    expect(report.firstMessage?.[0]).toMatch(/\w/);
    expect(before).toBe('');
  });

  it("sends OGRE's log to a file when asked, and to stdout by default", () => {
    const file = join(work, 'ogre-file.log');
    const quiet = run('render.mjs', `file:${file}`);
    expect(quiet.before).toBe('');
    expect(readFileSync(file, 'utf8')).toMatch(/Installing plugin|GL 3\+|GL3Plus/);
    expect(run('render.mjs', 'default').before).toMatch(/Creating resource group/);
  });

  it('keeps code caches in the cache folder, and stack traces point at the installed files', () => {
    const { report } = run('render.mjs', 'none');
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.v8cache')).length).toBeGreaterThanOrEqual(2);
    expect(readdirSync(cacheDir).some((f) => f.endsWith('.tmp'))).toBe(false);
    expect(report.stack).toContain(join(installed, 'generated', 'lib'));
    expect(report.stack).not.toContain(root);
  });

  it('turns a real loader error about a missing library into a message naming it', () => {
    // A copy of the package whose prebuild needs a library no system has (its name patched in place).
    const copy = join(project, 'broken');
    cpSync(installed, copy, { recursive: true });
    const prebuild = join(copy, 'prebuilds', `${process.platform}-${process.arch}`, 'ogre-napi.node.napi.glibc.node');
    const bytes = readFileSync(prebuild);
    const [from, to] = [Buffer.from('libOgreOverlay.so'), Buffer.from('libOgreOverlaX.so')];
    const at = bytes.indexOf(from);
    expect(at).toBeGreaterThan(0);
    to.copy(bytes, at);
    writeFileSync(prebuild, bytes);
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(join(copy, 'generated', 'lib', 'index.js')).href)})`],
      { cwd: project, encoding: 'utf8', env: { ...cleanNpmEnv(), OGRE_NAPI_CACHE_DIR: cacheDir } });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/ogre-napi: the shared library libOgreOverlaX\.so[\w.]* is missing: install the system package that provides it/);
  });

  it('names the system package when a shared library of OGRE is missing', () => {
    const message = missingLibraryMessage(`${installed}/prebuilds/linux-x64/x.node: libOgreMain.so.1.12.10: cannot open shared object file: No such file or directory`, installed);
    const owner = execFileSync('dpkg', ['-S', 'libOgreMain.so.1.12.10'], { encoding: 'utf8' }).split(':')[0]!;
    expect(message).toBe(`ogre-napi: the shared library libOgreMain.so.1.12.10 is missing: install the system package ${owner} (Debian/Ubuntu: apt-get install ${owner})`);
  });
});
