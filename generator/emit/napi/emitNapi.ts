/** Writes a module's glue: C++ translation units + module init into `src/`, the JS wrappers into `lib/`. */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { writeIfChanged } from '../writeIfChanged.js';
import { join } from 'node:path';
import { templates } from '../render.js';
import type { JsMethodView, ModuleView } from './views.js';
import { esWrapper, nativeIds, toScript } from './scriptModule.js';

/** Where generated files go and how the JS file finds the runtime and the addon. */
export interface NapiOutput {
  /** The `generated/` folder. */
  dir: string;
  /** Import path of the JS runtime, relative to `lib/`. */
  runtimePath: string;
  /** Path of the built addon, relative to `lib/`. */
  addonPath: string;
  /** Keep compiled templates here between runs. */
  cacheDir?: string;
}


/** Candidate signatures by `Class.method`, for overload TypeErrors (kept out of the JS the engine parses at load). */
function signatureTable(view: ModuleView): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  const add = (m: JsMethodView | null) => { if (m) table[m.where] = [...(table[m.where] ?? []), ...m.signatures]; };
  for (const c of view.classes) { add(c.constructor); c.methods.forEach(add); }
  for (const g of view.functionGroups) g.methods.forEach(add);
  return Object.fromEntries(Object.entries(table).sort(([a], [b]) => a.localeCompare(b)));
}

/** Emits the module; returns the paths written (changed or not). */
export function emitNapi(view: ModuleView, out: NapiOutput): string[] {
  const cpp = templates('napi', out.cacheDir);
  const js = templates('js', out.cacheDir);
  const src = join(out.dir, 'src');
  const lib = join(out.dir, 'lib');
  mkdirSync(src, { recursive: true });
  mkdirSync(lib, { recursive: true });
  const files = new Map<string, string>();
  files.set(join(src, 'module.h'), cpp('module.h')(view));
  files.set(join(src, 'values.h'), cpp('values.h')(view));
  files.set(join(src, 'module.cpp'), cpp('module.cpp')(view));
  for (const unit of view.units) files.set(join(src, unit.file), cpp('unit.cpp')({ ...unit, generatedLine: view.generatedLine }));
  const moduleText = js('module.js')({ ...view, runtimePath: out.runtimePath, addonPath: out.addonPath });
  const { script, members, names, reexports } = toScript(moduleText, nativeIds(view.units), `${view.name}.members.js`);
  files.set(join(lib, `${view.name}.script.js`), script);
  files.set(join(lib, `${view.name}.members.js`), members);
  // The package entry is the module itself (one ES module less to link at import); `<name>.js` names it too.
  files.set(join(lib, 'index.js'), esWrapper(view.generatedLine, out.runtimePath, `${view.name}.script.js`, names, reexports));
  files.set(join(lib, `${view.name}.js`), js('moduleAlias.js')(view));
  files.set(join(lib, `${view.name}.signatures.cjs`), `${view.generatedLine}\nmodule.exports = ${JSON.stringify(signatureTable(view), null, 1)};\n`);
  for (const ns of view.namespaces) files.set(join(lib, `${ns.name}.js`), js('namespace.js')({ ...ns, module: view.name, generatedLine: view.generatedLine }));
  // Units of classes that no longer exist would still be compiled, stale JS still shipped: remove them.
  for (const dir of [src, lib]) {
    for (const f of readdirSync(dir)) if (!files.has(join(dir, f)) && !f.endsWith('.v8cache')) rmSync(join(dir, f));
  }
  for (const [file, content] of files) writeIfChanged(file, content);
  return [...files.keys()];
}
