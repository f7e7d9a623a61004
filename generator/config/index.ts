/** Binding config types and `defineConfig`. */
export { defineConfig } from './defineConfig.js';
export { defineSpec, loadSpec, type BindingSpec, type SpecExport } from './BindingSpec.js';
export type { BindingConfig, ModuleConfig } from './BindingConfig.js';
export type { Matcher, MatcherObject, MatchKind } from './Matcher.js';
export type {
  DirectorRule, ExtendRule, ExtensionMethod, FactoryRule, InvalidatesRule, KeepAliveRule, LifetimeRule, NonNullRule, NullableRule, OwnershipRule, PartRule, RenameRule, ReturnsRule, Rules, ViewRule,
} from './Rules.js';
