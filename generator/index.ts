/** ogre-bindgen as a library: parse headers into the IR, apply a binding spec's rules; spec and type-map helpers for spec files. */
export { parseHeaders, type ModuleSpec, type ParseInput } from './parse/index.js';
export { ModelIndex, summarize } from './model/index.js';
export type * from './model/index.js';
export { defineConfig, defineSpec, loadSpec } from './config/index.js';
export { shapeOf, type TypeMap } from './typemaps/index.js';
export type * from './config/index.js';
export { applyRules, RuleReport } from './passes/index.js';
