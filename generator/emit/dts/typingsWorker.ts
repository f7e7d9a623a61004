/**
 * Entry of the typings worker thread (see startTypingsWorker.ts). Importing emitDts loads ts-morph
 * and TypeScript, about half a second, while the main thread parses and builds the view; then it
 * writes the typings of the one view it is sent.
 */
import { parentPort } from 'node:worker_threads';
import { emitDts } from './emitDts.js';
import type { TypingsRequest, TypingsResponse } from './startTypingsWorker.js';

parentPort!.once('message', ({ view, outDir }: TypingsRequest) => {
  const start = performance.now();
  const files = emitDts(view, outDir);
  parentPort!.postMessage({ files, ms: performance.now() - start } satisfies TypingsResponse);
});
