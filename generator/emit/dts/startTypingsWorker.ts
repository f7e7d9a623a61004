/**
 * A worker thread for the typings: ts-morph and TypeScript load there in parallel with the parse
 * (the main thread never loads them), and the typings print while the main thread renders the glue.
 */
import { Worker } from 'node:worker_threads';
import type { TypingsView } from './typingsView.js';

export interface TypingsRequest { view: TypingsView; outDir: string }
/** The files written and the worker's time on the request. */
export interface TypingsResponse { files: string[]; ms: number }

/** A started worker: requests are answered in order; `close` it when done (also after a failure). */
export interface TypingsWorker {
  /** Sends a request (the worker gets a copy, so later changes to it do not count). */
  emit(request: TypingsRequest): Promise<TypingsResponse>;
  close(): Promise<void>;
}

/** The worker's module is TypeScript: the thread registers tsx (hooks are per thread) before importing it. */
function bootstrap(): string {
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(new URL('./typingsWorker.ts', import.meta.url).href);
  return `import(${tsx}).then((tsx) => { tsx.register(); return import(${entry}); });`;
}

/** Starts the worker now, so that it loads ts-morph while the caller works. */
export function startTypingsWorker(): TypingsWorker {
  const worker = new Worker(bootstrap(), { eval: true });
  const pending: ((response: TypingsResponse) => void)[] = [];
  worker.on('message', (response: TypingsResponse) => pending.shift()?.(response));
  // An error (a failed import included) or an early exit fails every pending and later request.
  const failed = new Promise<never>((_, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`typings worker exited with code ${code}`)));
  });
  failed.catch(() => {});
  return {
    emit(request) {
      const answered = new Promise<TypingsResponse>((resolve) => pending.push(resolve));
      worker.postMessage(request);
      return Promise.race([answered, failed]);
    },
    async close() { await worker.terminate(); },
  };
}
