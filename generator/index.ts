/** ogre-napi's generator as a library: parse headers into the IR, apply a binding spec's rules. */
export { parseHeaders, type ModuleSpec, type ParseInput } from './parse/index.js';
export { ModelIndex, summarize } from './model/index.js';
export type * from './model/index.js';
export { defineConfig } from './config/index.js';
export type * from './config/index.js';
export { applyRules, RuleReport } from './passes/index.js';
