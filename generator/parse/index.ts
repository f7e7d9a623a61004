/** Translation unit → IR. */
export { cachedModelId, parseHeaders, type ParseHeadersOptions } from './parseHeaders.js';
export type { ModuleSpec, ParseInput } from './ModuleSpec.js';
export { parseDocComment } from './docComment.js';
