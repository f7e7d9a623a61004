/** The ownership pass: factory/destroy pairs, who owns returned objects (and which are parts of the receiver), which arguments to keep alive. */
import type { FactoryRule, InvalidatesRule, KeepAliveRule, Matcher, OwnershipRule, PartRule, ReturnsRule, Rules, ViewRule, NonNullRule, NullableRule } from '../config/index.js';
import { ModelIndex, type FunctionDecl, type Model, type TypeRef } from '../model/index.js';
import { MatchContext } from './match/MatchContext.js';
import type { RuleReport } from './RuleReport.js';

/** The functions (of any kind) a matcher selects, with its description. */
function functionsOf(context: MatchContext, matcher: Matcher): { description: string; fns: FunctionDecl[] } {
  const { description, matches } = context.select(matcher);
  const fns = matches.filter((c) => c.signatures.length > 0).map((c) => c.decl as FunctionDecl);
  return { description, fns };
}

/** Id of the class a returned pointer or reference points to (through typedefs), or the type's spelling. */
function createdClass(returns: TypeRef, index: ModelIndex): string {
  const target = returns.pointee ?? returns;
  const id = target.decl ?? target.name ?? target.canonical;
  return index.classOf(id)?.id ?? id;
}

/** The class a destroy overload takes by pointer (`destroyCamera(Camera *)`), if any. */
function destroyedClass(d: FunctionDecl, index: ModelIndex): string | undefined {
  const param = d.params.find((p) => p.type.kind === 'pointer' && p.type.pointee?.decl);
  return param?.type.pointee?.decl && (index.classOf(param.type.pointee.decl)?.id ?? param.type.pointee.decl);
}

function applyFactory(rule: FactoryRule, context: MatchContext, index: ModelIndex, report: RuleReport): void {
  const factories = functionsOf(context, rule.factory).fns;
  const destroys = functionsOf(context, rule.destroy).fns;
  report.record('ownership', `factory '${rule.factory}' (destroyed by '${rule.destroy}')`, factories.length);
  report.record('ownership', `destroy '${rule.destroy}' (of factory '${rule.factory}')`, destroys.length);
  const first = factories[0];
  if (!first) return;
  for (const f of factories) {
    f.factoryOf = { class: createdClass(f.returns, index), destroy: rule.destroy };
    f.ownership ??= 'borrowed';
  }
  const fallback = createdClass(first.returns, index);
  for (const d of destroys) d.destroys = { class: destroyedClass(d, index) ?? fallback, factory: rule.factory };
}

function applyReturns(rule: ReturnsRule, context: MatchContext, report: RuleReport): void {
  const { description, fns } = functionsOf(context, rule.match);
  const targets = fns.filter((f) => f.kind !== 'constructor');
  report.record('ownership', `returns ${rule.returns}: ${description}`, targets.length);
  for (const f of targets) f.ownership = rule.returns;
}

function applyKeepAlive(rule: KeepAliveRule, context: MatchContext, report: RuleReport): void {
  const { method, param } = rule.keepAlive;
  const { description, fns } = functionsOf(context, method);
  const targets = fns.filter((f) => f.params.some((p) => p.name === param));
  report.record('ownership', `keepAlive ${description} param '${param}'`, targets.length);
  for (const f of targets) if (!f.keepAlive?.includes(param)) f.keepAlive = [...(f.keepAlive ?? []), param];
}

function applyInvalidates(rule: InvalidatesRule, context: MatchContext, index: ModelIndex, report: RuleReport): void {
  const { method, classes, scope } = rule.invalidates;
  const { description, fns } = functionsOf(context, method);
  report.record('ownership', `invalidates ${classes.join(', ')} (${scope}): ${description}`, fns.length);
  const ids = classes.map((c) => index.classOf(c)?.id ?? c);
  for (const f of fns) f.invalidates = { classes: ids, scope };
}

function applyView(rule: ViewRule, context: MatchContext, report: RuleReport): void {
  const { description, fns } = functionsOf(context, rule.viewOfReceiver);
  const targets = fns.filter((f) => f.kind === 'method' && !f.static);
  report.record('ownership', `view of the receiver: ${description}`, targets.length);
  for (const f of targets) f.viewOfReceiver = true;
}

function applyPart(rule: PartRule, context: MatchContext, report: RuleReport): void {
  const { description, fns } = functionsOf(context, rule.partOfReceiver);
  const targets = fns.filter((f) => f.kind === 'method' && !f.static);
  const part = rule.part ?? true;
  report.record('ownership', `${part ? '' : 'not '}part of the receiver: ${description}`, targets.length);
  for (const f of targets) {
    if (part) f.partOfReceiver = true;
    else delete f.partOfReceiver;
  }
}

/** The default: a method returning a class by reference returns a member (or an element it holds) of the receiver. */
function markReferenceParts(model: Model): void {
  const visit = (fns: FunctionDecl[]) => {
    for (const f of fns) if (f.kind === 'method' && !f.static && f.returns.kind === 'lvalue-ref' && ['record', 'typedef'].includes(f.returns.pointee?.kind ?? '')) f.partOfReceiver = true;
  };
  for (const c of model.classes) for (const set of c.methods) visit(set.overloads);
}

/** Pointer parameters a nonNull rule may mark: to a class or to numbers, or shared pointers (by value or reference); without a default value. */
const pointerParams = (f: FunctionDecl) => f.params.filter((p) => p.default === undefined &&
  ((p.type.kind === 'pointer' && p.type.pointee !== undefined) || /^(?:const )?(?:std::shared_ptr|Ogre::SharedPtr)<.+>(?: &)?$/.test(p.type.canonical)));

function applyNullability(rule: NonNullRule | NullableRule, context: MatchContext, report: RuleReport): void {
  const nonNull = 'nonNull' in rule;
  const { description, fns } = functionsOf(context, nonNull ? rule.nonNull : rule.nullable);
  let count = 0;
  for (const f of fns) {
    // Type objects may be shared between parameters (the parse interns them): each gets its own copy.
    for (const p of pointerParams(f)) {
      if (nonNull) p.type = { ...p.type, nonNull: true };
      else if (p.type.nonNull) p.type = Object.fromEntries(Object.entries(p.type).filter(([k]) => k !== 'nonNull')) as typeof p.type;
      count++;
    }
  }
  report.record('ownership', `${nonNull ? 'non-null' : 'nullable'} pointer parameters: ${description}`, nonNull ? fns.length : count);
}

function apply(rule: OwnershipRule, context: MatchContext, index: ModelIndex, report: RuleReport): void {
  if ('factory' in rule) applyFactory(rule, context, index, report);
  else if ('nonNull' in rule || 'nullable' in rule) applyNullability(rule, context, report);
  else if ('viewOfReceiver' in rule) applyView(rule, context, report);
  else if ('partOfReceiver' in rule) applyPart(rule, context, report);
  else if ('invalidates' in rule) applyInvalidates(rule, context, index, report);
  else if ('returns' in rule) applyReturns(rule, context, report);
  else applyKeepAlive(rule, context, report);
}

/**
 * Annotates functions: a factory/destroy pair sets `factoryOf` (the class each factory overload
 * returns) on every factory overload, with `ownership: 'borrowed'` unless already set, and `destroys`
 * (the class taken by pointer, else the factory's) on every destroy overload, recording each half
 * separately; a returns rule sets `ownership` on matched functions (not constructors); a
 * keepAlive rule adds the parameter to `keepAlive` of every matched function that has a parameter
 * of that name, counting only those. Methods returning a class by reference return a part of the
 * receiver (`partOfReceiver`) unless a part rule says otherwise; part rules mark pointer results too.
 */
export function ownershipPass(input: Model, rules: Rules, report: RuleReport, inPlace = false): Model {
  const model = inPlace ? input : structuredClone(input);
  if (!rules.ownership?.length) return model;
  const context = new MatchContext(model);
  const index = new ModelIndex(model);
  markReferenceParts(model);
  for (const rule of rules.ownership) apply(rule, context, index, report);
  return model;
}
