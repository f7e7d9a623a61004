/** The extend pass: adds methods with a C++ body to classes (SWIG's `%extend`). */
import type { Rules } from '../config/index.js';
import type { ClassDecl, Model } from '../model/index.js';
import { extensionMethod } from './extension/extensionMethod.js';
import type { NameKind } from './extension/typeRefFromSpelling.js';
import { normalizeCpp } from './match/normalizeCpp.js';
import { TypedefResolver } from './match/TypedefResolver.js';
import type { RuleReport } from './RuleReport.js';

function kindsOf(model: Model): Map<string, NameKind> {
  const kinds = new Map<string, NameKind>();
  for (const c of model.classes) kinds.set(c.id, 'class');
  for (const e of model.enums) kinds.set(e.id, 'enum');
  for (const t of model.typedefs) kinds.set(t.id, 'typedef');
  return kinds;
}

/**
 * For each `extend` rule: finds the class (by id, or through a typedef such as `Ogre::Vector3`) and
 * appends each method as a FunctionDecl marked `extension` — to the overload set of that C++ name,
 * or a new set. An unknown class leaves the rule unmatched. An extension with the id of a public method
 * the class already has is a problem in the report (and skipped); a signature it cannot parse throws.
 */
export function extendPass(input: Model, rules: Rules, report: RuleReport, inPlace = false): Model {
  const model = inPlace ? input : structuredClone(input);
  if (!rules.extend?.length) return model;
  const resolver = new TypedefResolver(model);
  const kinds = kindsOf(model);
  const classes = new Map(model.classes.map((c) => [normalizeCpp(c.id), c]));
  const scope = { kindOf: (id: string) => kinds.get(id), resolver };
  for (const rule of rules.extend) {
    const cls: ClassDecl | undefined = classes.get(normalizeCpp(rule.class)) ?? classes.get(normalizeCpp(resolver.resolve(rule.class)));
    const names = rule.methods.map((m) => m.name).join(', ');
    report.record('extend', `extend ${rule.class} { ${names} }`, cls ? 1 : 0);
    if (!cls) continue;
    for (const method of rule.methods) {
      const decl = extensionMethod(cls, method, scope);
      const set = cls.methods.find((s) => s.name === decl.name);
      // A protected or private member of that signature is replaced: the extension makes it public.
      const same = set?.overloads.findIndex((o) => o.id === decl.id) ?? -1;
      if (same >= 0 && set!.overloads[same]!.access === 'public') {
        report.problem({
          pass: 'extend', rule: `extend ${rule.class} { ${method.name} }`, message: `${cls.id} already has ${decl.id}`,
          fix: `the headers declare it now: drop the extension for this OGRE (a version condition), or rename it`,
        });
        continue;
      }
      if (same >= 0) set!.overloads[same] = decl;
      else if (set) set.overloads.push(decl);
      else cls.methods.push({ name: decl.name, overloads: [decl] });
    }
  }
  return model;
}
