/** `-fsyntax-only` over every generated translation unit, as the addon's build would compile it (its precompiled headers force-included). */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The headers native/runtime/CMakeLists.txt precompiles for the glue, in its order. */
const FORCED = ['Ogre.h', 'OgreApplicationContext.h', 'OgreRTShaderSystem.h', 'OgreOverlaySystem.h', 'OgreImGuiOverlay.h', 'OgreTrays.h', 'napi.h', 'ogre_napi/runtime.h'];

/** A unit that did not compile, with its first errors. */
export interface UnitFailure { unit: string; errors: string[] }

/** Node's own headers (node_api.h), next to the running node or in the usual places. */
function nodeInclude(): string {
  return join(dirname(process.execPath), '..', 'include', 'node');
}

/**
 * Checks each `*.cpp` under `<out>/src`, `jobs` at a time; `ogreFlags` are OGRE's (and Dear ImGui's)
 * `-I`/`-D` flags. Resolves to the units that failed.
 */
export async function syntaxCheck(root: string, out: string, ogreFlags: string[], jobs = 2): Promise<{ units: string[]; failures: UnitFailure[] }> {
  const addonApi = dirname(createRequire(join(root, 'package.json')).resolve('node-addon-api/package.json'));
  const flags = ['-std=c++17', '-fsyntax-only', '-w', '-DNAPI_VERSION=8', '-DNAPI_CPP_EXCEPTIONS', ...ogreFlags,
    `-I${nodeInclude()}`, `-I${addonApi}`, `-I${join(root, 'native', 'runtime')}`, `-I${join(out, 'src')}`, ...FORCED.flatMap((h) => ['-include', h])];
  const units = readdirSync(join(out, 'src')).filter((f) => f.endsWith('.cpp')).sort();
  const failures: UnitFailure[] = [];
  const queue = [...units];
  const worker = async () => {
    for (let unit = queue.shift(); unit; unit = queue.shift()) {
      const stderr = await compile(process.env.CXX || 'c++', [...flags, join(out, 'src', unit)]);
      if (stderr !== undefined) failures.push({ unit, errors: stderr.split('\n').filter((l) => /error:/.test(l)).slice(0, 5) });
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  return { units, failures: failures.sort((a, b) => (a.unit < b.unit ? -1 : 1)) };
}

/** Runs the compiler; resolves to its stderr when it failed, else undefined. */
function compile(compiler: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    const child = spawn(compiler, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('close', (code) => resolve(code === 0 ? undefined : stderr || `exit ${code}`));
  });
}
