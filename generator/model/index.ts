/** The IR of OGRE's API: types, declarations, the model and queries over it. */
export type * from './types.js';
export type * from './decls.js';
export type * from './Model.js';
export { ModelIndex } from './ModelIndex.js';
export { summarize } from './summarize.js';
