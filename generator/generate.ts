/** The pipeline: headers → IR → rules → view model → N-API glue, JS wrappers and typings. */
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import type { Rules } from './config/index.js';
import type { Model } from './model/index.js';
import { parseHeaders, type ParseInput } from './parse/index.js';
import { applyRules, RuleReport } from './passes/index.js';
import { buildModuleView, type EmitSpec } from './emit/napi/buildModuleView.js';
import { emitNapi, writeIfChanged } from './emit/napi/emitNapi.js';
import { emitDts } from './emit/dts/emitDts.js';
import type { ModuleView } from './emit/napi/views.js';

/** The JS runtime every generated module imports. */
const RUNTIME = fileURLToPath(new URL('../lib/runtime.js', import.meta.url));

/** One binding to generate. */
export interface BindingJob {
  parse: ParseInput;
  rules: Rules;
  emit: EmitSpec;
  /** Output folder (`generated/`): model.json, src/, lib/, types/. */
  out: string;
  /** Where the built addon will be (`build/Release/<name>.node`). */
  addon: string;
  /** Unmatched rules are errors. */
  strict?: boolean;
  /** Reuse the parsed headers from here while none changed (see parse/astCache.ts). */
  cacheDir?: string;
}

/** What a run produced. */
export interface GenerateResult { model: Model; view: ModuleView; warnings: string; files: string[] }

const importPath = (from: string, to: string) => {
  const p = relative(from, to).replace(/\\/g, '/');
  return p.startsWith('.') ? p : `./${p}`;
};

/** The parse input plus the instantiate rules' instantiations: the parser walks them even when no header names them. */
export function withInstances(parse: ParseInput, rules: Rules): ParseInput {
  return { ...parse, instances: [...(parse.instances ?? []), ...Object.values(rules.instantiate ?? {})] };
}

/** Runs the pipeline; files are rewritten only when their content changes. */
export function generateBindings(job: BindingJob): GenerateResult {
  const time = phaseTimer();
  const report = new RuleReport({ strict: job.strict });
  const parsed = time('parse', () => parseHeaders(withInstances(job.parse, job.rules), { cacheDir: job.cacheDir }));
  const model = time('rules', () => applyRules(parsed, job.rules, report, true));
  const view = time('view', () => buildModuleView(model, job.emit));
  mkdirSync(job.out, { recursive: true });
  // One line: the model is for tools (and `ogre-bindgen inspect` for people); indenting it doubled its cost.
  time('model.json', () => writeIfChanged(join(job.out, 'model.json'), `${JSON.stringify(model)}\n`));
  const lib = join(job.out, 'lib');
  const files = time('glue', () => emitNapi(view, { dir: job.out, runtimePath: importPath(lib, RUNTIME), addonPath: importPath(lib, job.addon) }));
  files.push(...time('typings', () => emitDts(view, join(job.out, 'types'))));
  return { model, view, warnings: report.format(), files };
}

/** Runs phases, printing each one's time to stderr when OGRE_BINDGEN_TIMING is set. */
function phaseTimer() {
  const on = Boolean(process.env.OGRE_BINDGEN_TIMING);
  return <T>(name: string, fn: () => T): T => {
    const start = performance.now();
    const result = fn();
    if (on) process.stderr.write(`ogre-bindgen: ${name} ${(performance.now() - start).toFixed(0)} ms\n`);
    return result;
  };
}
