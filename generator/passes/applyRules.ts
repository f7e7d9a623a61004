/** Runs every rule pass over a model, in a fixed order. */
import type { Rules } from '../config/index.js';
import type { Model } from '../model/index.js';
import { directorPass } from './directorPass.js';
import { extendPass } from './extendPass.js';
import { ignorePass } from './ignorePass.js';
import { instantiatePass } from './instantiatePass.js';
import { lifetimePass } from './lifetimePass.js';
import { ownershipPass } from './ownershipPass.js';
import { renamePass } from './renamePass.js';
import { RuleReport } from './RuleReport.js';

/** A rule pass: returns a new model (or, `inPlace`, changes and returns the one given), records per rule what it matched. */
export type RulePass = (model: Model, rules: Rules, report: RuleReport, inPlace?: boolean) => Model;

/**
 * The passes in order. ignore first (a rule for a removed declaration is then reported stale);
 * instantiate before rename (an explicit rename wins over an instantiation's name); extend before
 * ownership (so ownership rules can annotate extensions); directors and lifetimes last.
 */
export const RULE_PASSES: readonly RulePass[] = [ignorePass, instantiatePass, renamePass, extendPass, ownershipPass, directorPass, lifetimePass];

/**
 * Applies `rules` to `model` (left unchanged unless `inPlace`) and returns the new model. Calls `report.check()` at
 * the end, so a strict report throws listing every rule that matched nothing.
 */
export function applyRules(model: Model, rules: Rules, report: RuleReport = new RuleReport(), inPlace = false): Model {
  // One copy for all passes (none when the caller gives the model away): copies were most of their time.
  const result = RULE_PASSES.reduce((m, pass) => pass(m, rules, report, true), inPlace ? model : structuredClone(model));
  report.check();
  return result;
}
