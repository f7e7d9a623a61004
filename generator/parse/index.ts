/** Translation unit → IR. */
export { parseHeaders } from './parseHeaders.js';
export type { ModuleSpec, ParseInput } from './ModuleSpec.js';
export { parseDocComment } from './docComment.js';
