/** A whole binding spec, as `ogre-bindgen generate --spec <file>` loads it: what to parse, the rules, how to emit. */
import { pathToFileURL } from 'node:url';
import type { EmitSpec } from '../emit/napi/buildModuleView.js';
import type { ParseInput } from '../parse/index.js';
import type { Rules } from './Rules.js';
import type { CheckHooks } from '../check/checkSpec.js';

/** Everything the generator needs besides an output folder. */
export interface BindingSpec {
  /** The modules (headers) to parse and the compiler arguments. */
  parse: ParseInput;
  /** The rules (ignore, rename, instantiate, extend, ownership). */
  rules: Rules;
  /** How the bindings are emitted: type maps, buffer sizes, exceptions … */
  emit: EmitSpec;
  /** Where the built addon will be; by default `build/Release/<emit.name>.node` beside the generator. */
  addon?: string;
  /** What `ogre-bindgen check` (and generate) adds for this spec: snippet headers, build settings. */
  check?: CheckHooks;
  /** What the spec reads, for messages (`OGRE 14.5.2 (…/include/OGRE; Dear ImGui 1.91.9b, bundled)`). */
  source?: string;
}

/**
 * What a spec file exports by default: a spec, or a function making one (called only when the
 * spec is used, so finding headers through pkg-config costs nothing until then). A spec extending
 * the shipped OGRE spec calls its function and changes what it returns.
 */
export type SpecExport = BindingSpec | (() => BindingSpec | Promise<BindingSpec>);

/** Returns its argument unchanged; exists so that a spec file's default export is type-checked. */
export function defineSpec<T extends SpecExport>(spec: T): T {
  return spec;
}

/** Loads a spec file (TypeScript files need a loader such as tsx, which the CLI registers). */
export async function loadSpec(file: string): Promise<BindingSpec> {
  const { default: exported } = (await import(pathToFileURL(file).href)) as { default?: SpecExport };
  if (!exported) throw new Error(`${file}: a spec file default-exports a binding spec ({ parse, rules, emit }) or a function returning one`);
  const spec = typeof exported === 'function' ? await exported() : exported;
  if (!spec?.parse?.modules || !spec.emit?.name) throw new Error(`${file}: the spec needs parse.modules and emit.name`);
  return { ...spec, rules: spec.rules ?? {} };
}
