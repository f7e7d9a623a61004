/**
 * Assembles the runtime package (`ogre-napi`) from packages/ogre-napi, lib/, generated/ and the
 * built addon into build/package/ogre-napi, then packs it: prints the tarball's path.
 * Usage: node scripts/pack.mjs [--out <dir>]   (after `npm run build`)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const outDir = argv.includes('--out') ? resolve(argv[argv.indexOf('--out') + 1] ?? '') : join(repoRoot, 'build', 'package');
const stage = join(outDir, 'ogre-napi');
const workspace = join(repoRoot, 'packages', 'ogre-napi');
const addon = join(repoRoot, 'build', 'Release', 'ogre.node');
/** The prebuild's name, as node-gyp-build matches it: any Node with Node-API, glibc. */
const PREBUILD = 'ogre-napi.node.napi.glibc.node';

if (!existsSync(addon) || !existsSync(join(repoRoot, 'generated', 'lib', 'index.js'))) {
  console.error('pack: build first (npm run build)');
  process.exit(1);
}

rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
/** Copies `from` (relative to the repository) to `to` (relative to the stage), leaving out what `skip` matches. */
const copy = (from, to = from, skip = /\.v8cache$|\.tmp$|^\.inputs-stamp$/) => cpSync(join(repoRoot, from), join(stage, to),
  { recursive: true, dereference: true, filter: (src) => !skip.test(src.split('/').pop()) });

for (const file of ['package.json', 'README.md', 'CMakeLists.txt', 'install']) copy(join('packages', 'ogre-napi', file), file);
copy('lib');
for (const dir of ['lib', 'types', 'src']) copy(join('generated', dir));
copy('native/runtime');
const platformDir = join(stage, 'prebuilds', `${process.platform}-${process.arch}`);
mkdirSync(platformDir, { recursive: true });
cpSync(addon, join(platformDir, PREBUILD));
writeFileSync(join(stage, 'prebuilds', 'system-libraries.json'), `${JSON.stringify(systemLibraries(addon), null, 1)}\n`);

checkNoBuildPaths(stage);
const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', outDir], { cwd: stage, encoding: 'utf8' });
if (packed.status !== 0) {
  console.error(packed.stderr);
  process.exit(packed.status ?? 1);
}
console.log(join(outDir, JSON.parse(packed.stdout)[0].filename));

/**
 * The shared libraries the addon loads (directly or not) → the Debian package holding each, so a
 * user missing one is told what to install (lib/loading.js). Empty where ldd or dpkg is missing.
 */
function systemLibraries(file) {
  let ldd = '';
  try { ldd = execFileSync('ldd', [file], { encoding: 'utf8' }); } catch { return {}; }
  const paths = new Map();
  for (const [, name, path] of ldd.matchAll(/^\s*(\S+) => (\/\S+)/gm)) {
    if (!/^(libc|libm|libdl|libpthread|librt|libgcc_s|libstdc\+\+)\.so/.test(name)) paths.set(realpathSync(path), name);
  }
  // One dpkg call: `package[:arch]: path` per owned file (merged /usr: a path may be listed without /usr).
  const dpkg = spawnSync('dpkg', ['-S', ...[...paths.keys()].flatMap((p) => [p, p.replace(/^\/usr\//, '/')])], { encoding: 'utf8' });
  const libraries = {};
  for (const [, owner, path] of (dpkg.stdout ?? '').matchAll(/^([^:\s]+)(?::\S+)?: (\/\S+)$/gm)) {
    const name = paths.get(path) ?? paths.get(`/usr${path}`);
    if (name) libraries[name] = owner;
  }
  return Object.fromEntries(Object.entries(libraries).sort(([a], [b]) => a.localeCompare(b)));
}

/** Fails when a staged text file names this machine's checkout (the package must work wherever it lands). */
function checkNoBuildPaths(dir) {
  for (const entry of readdirSync(dir, { recursive: true })) {
    const path = join(dir, String(entry));
    if (!/\.(js|cjs|mjs|ts|json|txt|cpp|h)$/.test(path) || !statSync(path).isFile()) continue;
    if (readFileSync(path, 'latin1').includes(repoRoot)) throw new Error(`pack: ${entry} contains the path ${repoRoot}`);
  }
}
