export type { DispatchRule, RegionalTier, RuleAction, RuleConditions, TicketFacts } from './rule.js';
export { unitCodesOf } from './rule.js';
export type { CompiledRuleSet, DispatchDecision, Explanation, MatchedOn, RuleRef } from './decision.js';
export { compileRules } from './compile.js';
export { scanRules } from './scan.js';
export { describeDecision } from './describe.js';
export { ruleProblems, type RuleProblem } from './problems.js';
export { resolveRegionalUnit } from './regional.js';
