/** Rule passes over the model: ignore, instantiate, rename, extend, ownership, directors, lifetimes. */
export { applyRules, RULE_PASSES, type RulePass } from './applyRules.js';
export { RuleReport, type RuleOutcome } from './RuleReport.js';
export { ignorePass } from './ignorePass.js';
export { instantiatePass } from './instantiatePass.js';
export { renamePass } from './renamePass.js';
export { extendPass } from './extendPass.js';
export { ownershipPass } from './ownershipPass.js';
export { MatchContext } from './match/MatchContext.js';
export { directorPass } from './directorPass.js';
export { defaultLifetimeRules, lifetimePass } from './lifetimePass.js';
