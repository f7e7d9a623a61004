/** The rename pass: gives matched declarations the JS name a rule asks for. */
import type { Rules } from '../config/index.js';
import type { Model } from '../model/index.js';
import { MatchContext } from './match/MatchContext.js';
import type { RuleReport } from './RuleReport.js';

/** A JS identifier. */
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Sets `jsName` on every declaration a `rename` rule matches (all overloads of a method alike).
 * Later rules win over earlier ones. Throws when a target is not a JS identifier.
 */
export function renamePass(input: Model, rules: Rules, report: RuleReport, inPlace = false): Model {
  const model = inPlace ? input : structuredClone(input);
  if (!rules.rename?.length) return model;
  const context = new MatchContext(model);
  for (const rule of rules.rename) {
    if (!IDENTIFIER.test(rule.to)) throw new Error(`rename: '${rule.to}' is not a JS identifier`);
    const { description, matches } = context.select(rule.match);
    report.record('rename', `rename ${description} → ${rule.to}`, matches.length);
    for (const c of matches) c.decl.jsName = rule.to;
  }
  return model;
}
