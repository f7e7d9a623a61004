/** The instantiate pass: names template instantiations (`Ogre::Vector<3, float>` → `Vector3`). */
import type { Rules } from '../config/index.js';
import type { ClassDecl, Model, TypedefDecl } from '../model/index.js';
import { normalizeCpp } from './match/normalizeCpp.js';
import { TypedefResolver } from './match/TypedefResolver.js';
import type { RuleReport } from './RuleReport.js';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The alias as a typedef record, for models whose headers do not declare it. */
function aliasTypedef(alias: string, written: string, cls: ClassDecl): TypedefDecl {
  const sep = alias.lastIndexOf('::');
  return {
    kind: 'typedef',
    id: alias,
    name: sep < 0 ? alias : alias.slice(sep + 2),
    parent: sep < 0 ? '' : alias.slice(0, sep),
    module: cls.module,
    location: cls.location,
    underlying: { kind: 'record', spelling: written, canonical: cls.id, name: cls.id, decl: cls.id },
    using: true,
  };
}

/**
 * For each `instantiate` entry (`'Ogre::Vector3': 'Ogre::Vector<3, Ogre::Real>'`): resolves the
 * typedefs in the template's arguments, finds the model's class of that canonical id, sets its
 * `jsName` to the alias's last segment and, when the headers declare no such alias, adds a typedef
 * for it. An instantiation the model lacks is unmatched (the parser only sees instantiations the
 * headers use). When the headers' typedef of that name names another type, the report gets a
 * problem (with the fix) and the entry is skipped.
 */
export function instantiatePass(input: Model, rules: Rules, report: RuleReport, inPlace = false): Model {
  const model = inPlace ? input : structuredClone(input);
  const entries = Object.entries(rules.instantiate ?? {});
  if (!entries.length) return model;
  const resolver = new TypedefResolver(model);
  const classes = new Map(model.classes.map((c) => [normalizeCpp(c.id), c]));
  for (const [alias, written] of entries) {
    const cls = classes.get(normalizeCpp(resolver.resolve(written))) ?? classes.get(normalizeCpp(written));
    report.record('instantiate', `instantiate ${alias} = ${written}`, cls ? 1 : 0);
    if (!cls) continue;
    const existing = resolver.canonicalOf(alias);
    if (existing !== undefined && normalizeCpp(existing) !== normalizeCpp(cls.id)) {
      report.problem({
        pass: 'instantiate', rule: `instantiate ${alias} = ${written}`,
        message: `${alias} is already a typedef of ${existing}, not ${cls.id}`,
        fix: `${alias} is now ${existing}: instantiate '${alias}': '${existing}' for this OGRE (a version condition), or drop the rule and keep the headers' typedef`,
      });
      continue;
    }
    const typedef = aliasTypedef(alias, written, cls);
    cls.jsName = typedef.name;
    if (existing === undefined && !model.classes.some((c) => c.id === alias)) {
      model.typedefs = [...model.typedefs, typedef].sort(byId);
    }
  }
  return model;
}
