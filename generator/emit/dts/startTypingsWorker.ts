/**
 * Writes the typings on a worker thread: ts-morph and TypeScript load there in parallel with the
 * main thread's work, and the printing overlaps the glue's. The main thread never loads them.
 */
import { Worker } from 'node:worker_threads';
import type { TypingsView } from './typingsView.js';

export interface TypingsRequest { view: TypingsView; outDir: string }
export interface TypingsResponse { files: string[]; ms: number }

/** A started worker: `emit` once, then `close` (also when the run failed before emitting). */
export interface TypingsWorker {
  /** Sends the view; resolves to the files written and the worker's printing time. */
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
  // Errors (a failed import included) reject the pending emit; before `emit`, they wait for it.
  const failed = new Promise<never>((_, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`typings worker exited with code ${code}`)));
  });
  failed.catch(() => {});
  return {
    emit(request) {
      const done = new Promise<TypingsResponse>((resolve) => worker.once('message', resolve));
      worker.postMessage(request);
      return Promise.race([done, failed]);
    },
    async close() { await worker.terminate(); },
  };
}
