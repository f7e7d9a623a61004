/**
 * The pipeline with model.json and the typings written on a worker thread (the CLI's way): the main
 * thread never loads ts-morph, and those files are written while it builds the view and renders
 * the glue. Same files as generateBindings.
 */
import { join } from 'node:path';
import { startEmitWorker } from './emit/startEmitWorker.js';
import { typingsView } from './emit/dts/typingsView.js';
import { buildModel, buildView, modelFile, phaseTimer, writeGlue, type BindingJob, type GenerateResult } from './pipeline.js';

/** Runs the pipeline; files are rewritten only when their content changes. */
export async function generateBindingsInParallel(job: BindingJob): Promise<GenerateResult> {
  const worker = startEmitWorker();
  try {
    const time = phaseTimer();
    // Node, tsx and the generator's modules.
    if (process.env.OGRE_BINDGEN_TIMING) process.stderr.write(`ogre-bindgen: start-up ${performance.now().toFixed(0)} ms\n`);
    const { model, report } = buildModel(job, time);
    // The worker gets a copy: the view's build may annotate the model, model.json is the model after the rules.
    const modelWritten = time('model (to the worker)', () => worker.request({ kind: 'model', model, file: modelFile(job) }));
    const view = buildView(job, model, time);
    const typings = time('typings view (to the worker)', () => worker.request({ kind: 'typings', view: typingsView(view), outDir: join(job.out, 'types') }));
    const files = writeGlue(job, view, time);
    const waiting = performance.now();
    const [written, typed] = await Promise.all([modelWritten, typings]);
    if (process.env.OGRE_BINDGEN_TIMING) {
      process.stderr.write(`ogre-bindgen: waited ${(performance.now() - waiting).toFixed(0)} ms for the worker `
        + `(model.json ${written.ms.toFixed(0)} ms, typings ${typed.ms.toFixed(0)} ms there)\n`);
    }
    return { model, view, warnings: report.format(), files: [...files, ...typed.files] };
  } finally {
    await worker.close();
  }
}
