/** Binding config types and `defineConfig`. */
export { defineConfig } from './defineConfig.js';
export type { BindingConfig, ModuleConfig, TypeMapOverride } from './BindingConfig.js';
export type { Matcher, MatcherObject, MatchKind } from './Matcher.js';
export type {
  DirectorRule, ExtendRule, ExtensionMethod, LifetimeRule, FactoryRule, KeepAliveRule, OwnershipRule, RenameRule, ReturnsRule, Rules,
} from './Rules.js';
