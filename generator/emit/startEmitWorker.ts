/**
 * A worker thread for the outputs that need no rendering on the main thread: model.json and the
 * typings. ts-morph and TypeScript load there in parallel with the parse, so the main thread never
 * loads them; the model is written while the main thread builds the view, the typings while it
 * renders the glue.
 */
import { Worker } from 'node:worker_threads';
import type { Model } from '../model/index.js';
import type { TypingsView } from './dts/typingsView.js';

export type EmitRequest =
  | { kind: 'model'; model: Model; file: string }
  | { kind: 'typings'; view: TypingsView; outDir: string };
/** The files written (typings) and the worker's time on the request. */
export interface EmitResponse { files: string[]; ms: number }

/** A started worker: requests are answered in order; `close` it when done (also after a failure). */
export interface EmitWorker {
  /** Sends a request (the worker gets a copy, so later changes to it do not count). */
  request(request: EmitRequest): Promise<EmitResponse>;
  close(): Promise<void>;
}

/** The worker's module is TypeScript: the thread registers tsx (hooks are per thread) before importing it. */
function bootstrap(): string {
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(new URL('./emitWorker.ts', import.meta.url).href);
  return `import(${tsx}).then((tsx) => { tsx.register(); return import(${entry}); });`;
}

/** Starts the worker now, so that it loads ts-morph while the caller works. */
export function startEmitWorker(): EmitWorker {
  const worker = new Worker(bootstrap(), { eval: true });
  const pending: ((response: EmitResponse) => void)[] = [];
  worker.on('message', (response: EmitResponse) => pending.shift()?.(response));
  // An error (a failed import included) or an early exit fails every pending and later request.
  const failed = new Promise<never>((_, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`emit worker exited with code ${code}`)));
  });
  failed.catch(() => {});
  return {
    request(request) {
      const answered = new Promise<EmitResponse>((resolve) => pending.push(resolve));
      worker.postMessage(request);
      return Promise.race([answered, failed]);
    },
    async close() { await worker.terminate(); },
  };
}
