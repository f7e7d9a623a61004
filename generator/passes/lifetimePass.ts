/** The lifetime pass: arguments the engine keeps after a call (listeners, loaders), held by their receiver. */
import type { LifetimeRule, Matcher, Rules } from '../config/index.js';
import type { FunctionDecl, Model } from '../model/index.js';
import { MatchContext } from './match/MatchContext.js';
import type { RuleReport } from './RuleReport.js';

type Mode = 'add' | 'remove' | 'set';

/** `add*Listener` / `remove*Listener` pairs and `set*Listener`: the default every binding gets. */
export const defaultLifetimeRules: LifetimeRule[] = [
  { add: '*::add*Listener', remove: '*::remove*Listener' },
  { set: '*::set*Listener' },
];

/** The kept parameter: the named one, else the last pointer to a class (`addInputListener(window, listener)`). */
function keptParam(fn: FunctionDecl, name: string | undefined): string | undefined {
  if (name) return fn.params.some((p) => p.name === name) ? name : undefined;
  const ptrs = fn.params.filter((p) => p.type.kind === 'pointer' && p.type.pointee?.kind === 'record');
  return ptrs.at(-1)?.name;
}

function applyOne(context: MatchContext, rule: LifetimeRule, mode: Mode, matcher: Matcher, report: RuleReport): void {
  const { description, matches } = context.select(matcher);
  let count = 0;
  for (const c of matches) {
    if (c.kind !== 'method') continue;
    const fn = c.decl as FunctionDecl;
    const param = keptParam(fn, rule.param);
    if (!param || fn.static) continue;
    const slot = rule.slot ?? (fn.name.replace(/^(add|remove|set)/, '') || fn.name);
    fn.holds = { mode, slot, param };
    count++;
  }
  report.record('lifetimes', `${mode} ${description}${rule.param ? ` param '${rule.param}'` : ''}`, count);
}

/**
 * Sets `holds` on the methods each rule's `add`, `remove` and `set` matchers select (methods with
 * a pointer-to-class parameter, or the named one), counting them per matcher.
 */
export function lifetimePass(input: Model, rules: Rules, report: RuleReport, inPlace = false): Model {
  const model = inPlace ? input : structuredClone(input);
  if (!rules.lifetimes?.length) return model;
  const context = new MatchContext(model);
  for (const rule of rules.lifetimes) {
    for (const mode of ['add', 'remove', 'set'] as const) {
      const matcher = rule[mode];
      if (matcher !== undefined) applyOne(context, rule, mode, matcher, report);
    }
  }
  return model;
}
