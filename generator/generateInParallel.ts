/**
 * The pipeline with the typings written on a worker thread (the CLI's way): the main thread never
 * loads ts-morph, and the typings print while it renders the glue. Same files as generateBindings.
 */
import { join } from 'node:path';
import { startTypingsWorker } from './emit/dts/startTypingsWorker.js';
import { writeModel } from './emit/writeModel.js';
import { typingsView } from './emit/dts/typingsView.js';
import { buildModel, buildView, checkModel, modelFile, phaseTimer, writeGlue, type BindingJob, type GenerateResult } from './pipeline.js';

/** Runs the pipeline; files are rewritten only when their content changes. */
export async function generateBindingsInParallel(job: BindingJob): Promise<GenerateResult> {
  const worker = startTypingsWorker();
  try {
    const time = phaseTimer();
    // Node, tsx and the generator's modules.
    if (process.env.OGRE_BINDGEN_TIMING) process.stderr.write(`ogre-bindgen: start-up ${performance.now().toFixed(0)} ms\n`);
    const { model, report, text } = buildModel(job, time);
    const view = buildView(job, model, time);
    const warnings = checkModel(job, model, view, report, time);
    const typings = time('typings view (to the worker)', () => worker.emit({ view: typingsView(view), outDir: join(job.out, 'types') }));
    // The glue and model.json here take about as long as the typings there.
    const files = writeGlue(job, view, time);
    time('model.json', () => writeModel(modelFile(job), model, text));
    const waiting = performance.now();
    const typed = await typings;
    if (process.env.OGRE_BINDGEN_TIMING) {
      process.stderr.write(`ogre-bindgen: waited ${(performance.now() - waiting).toFixed(0)} ms for the worker (typings ${typed.ms.toFixed(0)} ms there)\n`);
    }
    return { model, view, warnings, files: [...files, ...typed.files] };
  } finally {
    await worker.close();
  }
}
