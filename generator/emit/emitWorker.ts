/**
 * Entry of the emit worker thread (see startEmitWorker.ts). Importing emitDts loads ts-morph and
 * TypeScript, about half a second, while the main thread parses; then it answers requests in order.
 */
import { parentPort } from 'node:worker_threads';
import { emitDts } from './dts/emitDts.js';
import { writeModel } from './writeModel.js';
import type { EmitRequest, EmitResponse } from './startEmitWorker.js';

function handle(request: EmitRequest): string[] {
  switch (request.kind) {
    case 'model': writeModel(request.file, request.model); return [];
    case 'typings': return emitDts(request.view, request.outDir);
  }
}

parentPort!.on('message', (request: EmitRequest) => {
  const start = performance.now();
  const files = handle(request);
  parentPort!.postMessage({ files, ms: performance.now() - start } satisfies EmitResponse);
});
