/** Type maps: one entry per C++ type family drives the C++ glue, the JS checks and the typings. */
export { isSpecializationOf } from './TypeMap.js';
export type { TypeFamilies, TypeMap, TypeMapEnv, BoundClass, BoundEnum, Site, GroupTypeMap, GroupParam, RegisterIn, RegisterOut } from './TypeMap.js';
export { numberArrayGroup } from './groups.js';
export { TypeMapRegistry, builtinTypeMaps } from './registry.js';
export { shapeOf, type Shape } from './shape.js';
export { type SequenceRule } from './sequences.js';
export { viewArrayOf } from './typedArrays.js';
