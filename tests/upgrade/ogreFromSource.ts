/** Configures an OGRE source tree with CMake and installs its headers and pkg-config files only (no libraries built). */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

/** Where the source is and where its build and install go. */
export interface OgreSourceOptions {
  /** OGRE's source tree (its top-level CMakeLists.txt). */
  source: string;
  /** CMake's binary folder. */
  build: string;
  /** The install prefix: `include/OGRE`, `lib/pkgconfig`. */
  prefix: string;
  /** An unpacked Dear ImGui matching the release (OGRE ≥ 13 downloads one when this is not given). */
  imgui?: string;
}

/**
 * Components and plugins off that need dependencies or are not bound; the four bound modules stay on.
 * OGRE_BUILD_DEPENDENCIES off: nothing is downloaded but Dear ImGui (unless `imgui` is given).
 */
const CONFIGURE_OPTIONS = [
  '-DOGRE_BUILD_DEPENDENCIES=OFF', '-DOGRE_BUILD_SAMPLES=OFF', '-DOGRE_BUILD_TOOLS=OFF', '-DOGRE_BUILD_TESTS=OFF',
  '-DOGRE_INSTALL_SAMPLES=OFF', '-DOGRE_INSTALL_DOCS=OFF', '-DOGRE_BUILD_COMPONENT_PYTHON=OFF',
  '-DOGRE_BUILD_COMPONENT_JAVA=OFF', '-DOGRE_BUILD_COMPONENT_CSHARP=OFF', '-DOGRE_BUILD_COMPONENT_OVERLAY_IMGUI=ON',
];

/** Configures (when not done yet) and installs the headers; resolves to the prefix. */
export async function ogreFromSource(o: OgreSourceOptions): Promise<string> {
  if (!existsSync(join(o.build, 'CMakeCache.txt'))) {
    mkdirSync(o.build, { recursive: true });
    const imgui = o.imgui ? [`-DIMGUI_DIR=${o.imgui}`] : [];
    await promisify(execFile)('cmake', ['-S', o.source, '-B', o.build, `-DCMAKE_INSTALL_PREFIX=${o.prefix}`, ...CONFIGURE_OPTIONS, ...imgui], { maxBuffer: 64 << 20 });
  }
  for (const { dest, files } of fileInstalls(o.build)) {
    if (!/^(?:include|lib\/pkgconfig)(?:\/|$)/.test(dest)) continue;
    mkdirSync(join(o.prefix, dest), { recursive: true });
    for (const f of files) if (existsSync(f) && statSync(f).isFile()) copyFileSync(f, join(o.prefix, dest, basename(f)));
  }
  return o.prefix;
}

/**
 * The plain-file installs (`file(INSTALL DESTINATION "${CMAKE_INSTALL_PREFIX}/<dest>" TYPE FILE FILES …)`)
 * of every cmake_install.cmake under `build`: what `cmake --install` copies, minus the libraries, which
 * are not built.
 */
export function fileInstalls(build: string): { dest: string; files: string[] }[] {
  const out: { dest: string; files: string[] }[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name === 'cmake_install.cmake') {
        const text = readFileSync(join(dir, e.name), 'utf8');
        for (const m of text.matchAll(/file\(INSTALL DESTINATION "\$\{CMAKE_INSTALL_PREFIX\}\/([^"]+)" TYPE FILE FILES([^)]*)\)/g)) {
          out.push({ dest: m[1]!, files: [...m[2]!.matchAll(/"([^"]+)"/g)].map((f) => f[1]!) });
        }
      }
    }
  };
  walk(build);
  return out;
}
