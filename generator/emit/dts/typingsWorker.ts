/**
 * Entry of the typings worker thread (see startTypingsWorker.ts). Importing emitDts loads ts-morph and
 * TypeScript, about half a second, while the main thread parses; then it writes the typings of each
 * view it is sent, in order.
 */
import { parentPort } from 'node:worker_threads';
import { emitDts } from './emitDts.js';
import type { TypingsRequest, TypingsResponse } from './startTypingsWorker.js';

parentPort!.on('message', (request: TypingsRequest) => {
  const start = performance.now();
  const files = emitDts(request.view, request.outDir);
  parentPort!.postMessage({ files, ms: performance.now() - start } satisfies TypingsResponse);
});
