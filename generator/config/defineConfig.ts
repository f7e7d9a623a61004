/** `defineConfig`: the typed entry point of a binding spec file. */
import type { BindingConfig } from './BindingConfig.js';

/** Returns its argument unchanged; exists so that a spec file's object literal is type-checked. */
export function defineConfig(config: BindingConfig): BindingConfig {
  return config;
}
