/** Type maps: one entry per C++ type family drives the C++ glue, the JS checks and the typings. */
export type { TypeMap, TypeMapEnv, BoundClass, Site } from './TypeMap.js';
export { TypeMapRegistry, BUILTIN_TYPEMAPS } from './registry.js';
export { shapeOf, type Shape } from './shape.js';
export { sequenceOf } from './sequences.js';
