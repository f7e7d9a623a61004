/** The pipeline in one call: headers → IR → rules → view model → N-API glue, JS wrappers and typings. */
import { join } from 'node:path';
import { emitDts } from './emit/dts/emitDts.js';
import { typingsView } from './emit/dts/typingsView.js';
import { writeModel } from './emit/writeModel.js';
import { buildModel, buildView, checkModel, modelFile, phaseTimer, writeGlue, type BindingJob, type GenerateResult } from './pipeline.js';

export { withInstances, type BindingJob, type GenerateResult } from './pipeline.js';

/** Runs the pipeline on this thread; files are rewritten only when their content changes. */
export function generateBindings(job: BindingJob): GenerateResult {
  const time = phaseTimer();
  const { model, report, text } = buildModel(job, time);
  const view = buildView(job, model, time);
  const warnings = checkModel(job, model, view, report, time);
  time('model.json', () => writeModel(modelFile(job), model, text));
  const files = writeGlue(job, view, time);
  files.push(...time('typings', () => emitDts(typingsView(view), join(job.out, 'types'))));
  return { model, view, warnings, files };
}
