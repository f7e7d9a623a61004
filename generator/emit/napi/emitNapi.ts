/** Writes a module's glue: C++ translation units + module init into `src/`, the JS wrappers into `lib/`. */
import { mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { templates } from '../render.js';
import type { ModuleView } from './views.js';

/** Where generated files go and how the JS file finds the runtime and the addon. */
export interface NapiOutput {
  /** The `generated/` folder. */
  dir: string;
  /** Import path of the JS runtime, relative to `lib/`. */
  runtimePath: string;
  /** Path of the built addon, relative to `lib/`. */
  addonPath: string;
}

/** Writes a file only when its content changed, so unchanged units are not recompiled. */
export function writeIfChanged(file: string, content: string): boolean {
  if (existsSync(file) && readFileSync(file, 'utf8') === content) return false;
  writeFileSync(file, content);
  return true;
}

/** Emits the module; returns the paths written (changed or not). */
export function emitNapi(view: ModuleView, out: NapiOutput): string[] {
  const cpp = templates('napi');
  const js = templates('js');
  const src = join(out.dir, 'src');
  const lib = join(out.dir, 'lib');
  mkdirSync(src, { recursive: true });
  mkdirSync(lib, { recursive: true });
  const files = new Map<string, string>();
  files.set(join(src, 'module.h'), cpp('module.h')(view));
  files.set(join(src, 'module.cpp'), cpp('module.cpp')(view));
  for (const unit of view.units) files.set(join(src, unit.file), cpp('unit.cpp')(unit));
  files.set(join(lib, `${view.name}.js`), js('module.js')({ ...view, runtimePath: out.runtimePath, addonPath: out.addonPath }));
  files.set(join(lib, 'index.js'), js('index.js')(view));
  for (const ns of view.namespaces) files.set(join(lib, `${ns.name}.js`), js('namespace.js')({ ...ns, module: view.name }));
  // Units of classes that no longer exist would still be compiled: remove them.
  for (const f of readdirSync(src)) if (!files.has(join(src, f))) rmSync(join(src, f));
  for (const [file, content] of files) writeIfChanged(file, content);
  return [...files.keys()];
}
