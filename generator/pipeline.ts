/** The pipeline's steps before the typings: headers → IR → rules → view model → N-API glue and JS wrappers. */
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Rules } from './config/index.js';
import type { Model } from './model/index.js';
import { cachedModelId, parseHeaders, type ParseInput } from './parse/index.js';
import { loadRuledModel, ruledModelKey, storeRuledModel } from './passes/ruledModelCache.js';
import { modelText } from './emit/writeModel.js';
import { applyRules, RuleReport } from './passes/index.js';
import { buildModuleView, type EmitSpec } from './emit/napi/buildModuleView.js';
import { emitNapi } from './emit/napi/emitNapi.js';
import type { ModuleView } from './emit/napi/views.js';
import { checkSpec, type CheckHooks } from './check/checkSpec.js';

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
  /** Spec problems and unmatched rules are errors. */
  strict?: boolean;
  /** What `check` adds for this job (snippet headers, build settings). */
  check?: CheckHooks;
  /** What the spec reads, for messages (the OGRE found). */
  source?: string;
  /** Reuse the parsed headers from here while none changed (see parse/astCache.ts), and the compiled templates. */
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

/** Times a step; see phaseTimer. */
export type PhaseTimer = <T>(name: string, fn: () => T) => T;

/** Runs phases, printing each one's time to stderr when OGRE_BINDGEN_TIMING is set. */
export function phaseTimer(): PhaseTimer {
  const on = Boolean(process.env.OGRE_BINDGEN_TIMING);
  return (name, fn) => {
    const start = performance.now();
    const result = fn();
    if (on) process.stderr.write(`ogre-bindgen: ${name} ${(performance.now() - start).toFixed(0)} ms\n`);
    return result;
  };
}

/**
 * Parses the headers and applies the rules; the report has what each rule matched. `text` is
 * model.json's content when the ruled model came from the cache (it needs no stringifying then).
 */
export function buildModel(job: BindingJob, time: PhaseTimer): { model: Model; report: RuleReport; text?: string } {
  // Strictness is applied once the whole check has run (see checkModel).
  const report = new RuleReport();
  const parse = withInstances(job.parse, job.rules);
  const modelId = job.cacheDir ? cachedModelId(parse, job.cacheDir) : undefined;
  const key = modelId ? ruledModelKey(modelId, job.rules) : undefined;
  const cached = key ? loadRuledModel(job.cacheDir!, key) : undefined;
  if (cached) {
    for (const o of cached.outcomes) report.record(o.pass, o.rule, o.matched);
    for (const p of cached.problems) report.problem(p);
    return { model: time('parse and rules (cached)', () => JSON.parse(cached.text) as Model), report, text: cached.text };
  }
  const parsed = time('parse', () => parseHeaders(parse, { cacheDir: job.cacheDir }));
  const model = time('rules', () => applyRules(parsed, job.rules, report, true));
  if (!job.cacheDir) return { model, report };
  // Cached under the key of the parse just stored (the headers may have changed since the lookup).
  const text = modelText(model);
  const storedId = cachedModelId(parse, job.cacheDir);
  if (storedId) storeRuledModel(job.cacheDir, ruledModelKey(storedId, job.rules), text, { outcomes: report.entries, problems: report.problems });
  return { model, report, text };
}

/**
 * The rest of the check on a built model and view (stale emission entries, aliases, snippets, the
 * job's hooks) into `report`; returns its warnings, or throws them all in strict mode.
 */
export function checkModel(job: BindingJob, model: Model, view: ModuleView, report: RuleReport, time: PhaseTimer): string {
  time('check', () => checkSpec(model, view, job.emit, report, { args: job.parse.args, cacheDir: job.cacheDir, ...job.check }));
  return report.check(job.strict);
}

/** The view model of the glue and typings. */
export function buildView(job: BindingJob, model: Model, time: PhaseTimer): ModuleView {
  return time('view', () => buildModuleView(model, job.emit));
}

/** Where model.json goes. */
export const modelFile = (job: BindingJob) => join(job.out, 'model.json');

/** Writes the C++ glue and the JS wrappers (only files whose content changed); returns their paths. */
export function writeGlue(job: BindingJob, view: ModuleView, time: PhaseTimer): string[] {
  const lib = join(job.out, 'lib');
  return time('glue', () => emitNapi(view, { dir: job.out, runtimePath: importPath(lib, RUNTIME), addonPath: importPath(lib, job.addon), cacheDir: job.cacheDir }));
}
