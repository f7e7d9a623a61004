/** The ignore pass: removes matched declarations (a class with its members and nested declarations). */
import type { Model } from '../model/index.js';
import type { Rules } from '../config/index.js';
import { MatchContext } from './match/MatchContext.js';
import type { RuleReport } from './RuleReport.js';

/** Ids of removed top-level declarations, extended to everything declared inside a removed class. */
function removedIds(model: Model, doomed: Set<object>): Set<string> {
  const lists = [model.classes, model.enums, model.typedefs, model.templates, model.functions, model.variables];
  const ids = new Set<string>();
  for (const list of lists) for (const d of list) if (doomed.has(d)) ids.add(d.id);
  for (let grew = true; grew;) {
    grew = false;
    for (const list of lists) {
      for (const d of list) {
        if (!ids.has(d.id) && ids.has(d.parent)) {
          ids.add(d.id);
          grew = true;
        }
      }
    }
  }
  return ids;
}

/** Drops doomed members from the remaining classes, and removed ids from their `nested`. */
function pruneClasses(model: Model, doomed: Set<object>, ids: Set<string>): void {
  for (const cls of model.classes) {
    cls.constructors = cls.constructors.filter((f) => !doomed.has(f));
    cls.fields = cls.fields.filter((f) => !doomed.has(f));
    cls.methods = cls.methods
      .map((set) => ({ ...set, overloads: set.overloads.filter((f) => !doomed.has(f)) }))
      .filter((set) => set.overloads.length > 0);
    cls.nested = cls.nested.filter((id) => !ids.has(id));
  }
}

/**
 * Removes every declaration an `ignore` matcher matches: classes (with their members, nested
 * classes, enums and typedefs), methods (single overloads or whole sets), constructors, fields,
 * enums, typedefs, variables and free functions. Records per matcher how many it matched.
 */
export function ignorePass(input: Model, rules: Rules, report: RuleReport, inPlace = false): Model {
  const model = inPlace ? input : structuredClone(input);
  if (!rules.ignore?.length) return model;
  const context = new MatchContext(model);
  const doomed = new Set<object>();
  for (const matcher of rules.ignore) {
    const { description, matches } = context.select(matcher);
    report.record('ignore', `ignore ${description}`, matches.length);
    for (const c of matches) doomed.add(c.decl);
  }
  const ids = removedIds(model, doomed);
  const keep = <T extends { id: string }>(list: T[]) => list.filter((d) => !ids.has(d.id));
  model.classes = keep(model.classes);
  model.enums = keep(model.enums);
  model.typedefs = keep(model.typedefs);
  model.templates = keep(model.templates);
  model.functions = keep(model.functions);
  model.variables = keep(model.variables);
  pruneClasses(model, doomed, ids);
  return model;
}
