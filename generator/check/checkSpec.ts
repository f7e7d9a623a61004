/** `ogre-bindgen check`: every spec problem in one report — stale rules and entries, mismatches, snippets that do not compile, job-specific checks. */
import type { FunctionDecl, Model } from '../model/index.js';
import type { ModuleView } from '../emit/napi/views.js';
import type { EmitSpec } from '../emit/napi/buildModuleView.js';
import type { RuleReport, SpecProblem } from '../passes/RuleReport.js';
import { checkSnippets } from './snippetCheck.js';

/** What a job adds to the check. */
export interface CheckHooks {
  /** Headers the snippets may use (the engine's umbrella headers, the runtime's); no snippet check without them. */
  snippetHeaders?: string[];
  /** Compiler flags the snippets need besides the parse's (the runtime's include folders and defines). */
  snippetArgs?: string[];
  /** Further problems, e.g. build settings that differ from those the spec was written for. */
  extra?: (model: Model, report: RuleReport) => SpecProblem[];
}

/** The emission spec's per-function and per-field entries that name nothing in the model. */
function staleEntries(model: Model, spec: EmitSpec, report: RuleReport): void {
  const names = new Set<string>();
  const add = (fn: FunctionDecl) => names.add(`${fn.parent}::${fn.name}`);
  model.functions.forEach(add);
  for (const c of model.classes) {
    c.constructors.forEach(add);
    c.methods.forEach((s) => s.overloads.forEach(add));
    c.fields.forEach((f) => names.add(`${c.id}::${f.name}`));
  }
  for (const name of Object.keys(spec.functions ?? {})) report.record('emit', `functions['${name}']`, names.has(name) ? 1 : 0);
  for (const name of Object.keys(spec.fields ?? {})) report.record('emit', `fields['${name}']`, names.has(name) ? 1 : 0);
}

/**
 * Adds to `report` (which already has the rule passes' outcomes and problems): stale emission
 * entries, aliases of classes that are not bound, snippets that do not compile against the
 * headers (`args`: the parse's flags) and the hooks' problems.
 */
export function checkSpec(model: Model, view: ModuleView, spec: EmitSpec, report: RuleReport, o: { args: string[]; cacheDir?: string } & CheckHooks): void {
  staleEntries(model, spec, report);
  for (const s of view.skipped) {
    const alias = spec.aliases?.[s.id];
    if (!alias || !s.reason.startsWith('alias of')) continue;
    const cls = alias.class.replace(/^.*::/, '').replace(/<.*$/, '');
    report.problem({
      pass: 'aliases', rule: s.id, message: `${s.id} names ${alias.class}, which is not a bound class`,
      fix: `drop the alias for this OGRE (a version condition), or point it at the class that replaced ${cls}`,
    });
  }
  if (o.snippetHeaders) for (const p of checkSnippets(model, spec, { args: [...o.args, ...o.snippetArgs ?? []], headers: o.snippetHeaders, cacheDir: o.cacheDir })) report.problem(p);
  for (const p of o.extra?.(model, report) ?? []) report.problem(p);
}
