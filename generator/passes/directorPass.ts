/** The director pass: marks the classes JS may subclass with their virtual methods called from C++. */
import type { Rules } from '../config/index.js';
import type { ClassDecl, Model } from '../model/index.js';
import { MatchContext } from './match/MatchContext.js';
import type { RuleReport } from './RuleReport.js';

/**
 * Sets `director` on every class a director rule matches (classes only: a glob such as
 * `*::Listener` would otherwise also name members), recording what each rule matched.
 */
export function directorPass(input: Model, rules: Rules, report: RuleReport, inPlace = false): Model {
  const model = inPlace ? input : structuredClone(input);
  if (!rules.directors?.length) return model;
  const context = new MatchContext(model);
  for (const rule of rules.directors) {
    const { description, matches } = context.select(rule.director);
    const classes = matches.filter((c) => c.kind === 'class').map((c) => c.decl as ClassDecl);
    report.record('directors', `director ${description}${rule.reason ? ` (${rule.reason})` : ''}`, classes.length);
    for (const c of classes) c.director = true;
  }
  return model;
}
