/**
 * The pipeline with the typings written on a worker thread (the CLI's way): the main thread never
 * loads ts-morph, and the typings print while the glue renders. Same files as generateBindings.
 */
import { join } from 'node:path';
import { startTypingsWorker } from './emit/dts/startTypingsWorker.js';
import { typingsView } from './emit/dts/typingsView.js';
import { buildView, phaseTimer, writeGlue, type BindingJob, type GenerateResult } from './pipeline.js';

/** Runs the pipeline; files are rewritten only when their content changes. */
export async function generateBindingsInParallel(job: BindingJob): Promise<GenerateResult> {
  const worker = startTypingsWorker();
  try {
    const time = phaseTimer();
    const { model, view, report } = buildView(job, time);
    const typings = worker.emit({ view: typingsView(view), outDir: join(job.out, 'types') });
    const files = writeGlue(job, model, view, time);
    const waiting = performance.now();
    const typed = await typings;
    if (process.env.OGRE_BINDGEN_TIMING) {
      process.stderr.write(`ogre-bindgen: typings ${typed.ms.toFixed(0)} ms in the worker (waited ${(performance.now() - waiting).toFixed(0)} ms)\n`);
    }
    return { model, view, warnings: report.format(), files: [...files, ...typed.files] };
  } finally {
    await worker.close();
  }
}
