// The generated typings as a TypeScript user meets them: a project of its own (nodenext, strict,
// skipLibCheck false) importing the package by name type-checks, typings included, with 0 errors.
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');
const generated = join(repo, 'generated', 'types');

let dir: string;
let diagnostics: readonly ts.Diagnostic[];
let checked: string[];

/** The compiler options a new user's tsconfig would have. */
const OPTIONS = {
  strict: true, skipLibCheck: false, noEmit: true, target: 'ES2022', lib: ['ES2023'],
  module: 'NodeNext', moduleResolution: 'NodeNext', types: [],
};

beforeAll(() => {
  // The consumer project links the runtime package (the workspace) by name, as `npm link` would.
  dir = mkdtempSync(join(tmpdir(), 'ogre-consumer-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(join(repo, 'packages', 'ogre-napi'), join(dir, 'node_modules', 'ogre-napi'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', type: 'module', private: true }));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: OPTIONS, files: ['app.ts'] }));
  cpSync(join(repo, 'tests/fixtures/consumer/app.ts'), join(dir, 'app.ts'));
  const config = ts.getParsedCommandLineOfConfigFile(join(dir, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!config) throw new Error('tsconfig.json did not parse');
  const program = ts.createProgram(config.fileNames, config.options);
  diagnostics = ts.getPreEmitDiagnostics(program);
  checked = program.getSourceFiles().map((s) => s.fileName);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Diagnostics of files under `root` (symlinked paths resolve to the repository's files). */
function report(root: string): string {
  const host = { getCanonicalFileName: (f: string) => f, getCurrentDirectory: () => dir, getNewLine: () => '\n' };
  const under = diagnostics.filter((d) => d.file && !relative(root, d.file.fileName).startsWith('..'));
  return ts.formatDiagnostics(under, host);
}

describe('the generated typings in a consumer project', () => {
  it('checks every module file of the package (skipLibCheck false)', () => {
    const ours = checked.filter((f) => !relative(generated, f).startsWith('..')).map((f) => relative(generated, f)).sort();
    expect(ours).toEqual(['Bites.d.ts', 'Overlay.d.ts', 'RTShader.d.ts', 'index.d.ts', 'ogre.d.ts']);
  });

  it('has 0 errors under --strict with skipLibCheck false', () => {
    expect(report(generated)).toBe('');
  });

  it("type-checks OGRE's tutorial idioms without non-null assertions", () => {
    expect(report(dir)).toBe('');
    expect(diagnostics.length).toBe(0);
  });
});
