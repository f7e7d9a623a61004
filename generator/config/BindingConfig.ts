/** The binding config: modules to parse and rules to apply (type maps belong to the emission spec). */
import type { ModuleSpec } from '../parse/ModuleSpec.js';
import type { Rules } from './Rules.js';

/**
 * One module of the binding. A {@link ModuleSpec} is a valid ModuleConfig; here `root` and `headers`
 * may be left out and are then filled in by whoever resolves the config against an install.
 */
export interface ModuleConfig extends Pick<ModuleSpec, 'name'>, Partial<Pick<ModuleSpec, 'root' | 'headers'>> {
  /**
   * Include root; a relative path is relative to the install's include directory
   * (pkg-config's `includedir` for OGRE).
   */
  root?: string;
  /** Headers relative to `root`; absent means every `*.h` directly in `root`. */
  headers?: string[];
  /** Headers left out: paths relative to `root`, or patterns over file names. */
  exclude?: (string | RegExp)[];
}

/** Everything the generator needs to know about a binding besides the headers themselves. */
export interface BindingConfig {
  modules: ModuleConfig[];
  rules?: Rules;
}
