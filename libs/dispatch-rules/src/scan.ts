import { bySpecificity, fitsPlace, fitsRest } from './conditions.js';
import type { DispatchDecision } from './decision.js';
import { decisionFor } from './explain.js';
import type { DispatchRule, TicketFacts } from './rule.js';

/** The reference evaluation, obviously right and slow: what the compiled index must agree with. */
export function scanRules(rules: readonly DispatchRule[], facts: TicketFacts): DispatchDecision {
  const candidates = rules.filter((rule) => rule.enabled && fitsPlace(rule.conditions, facts)).sort(bySpecificity);
  const index = candidates.findIndex((rule) => fitsRest(rule.conditions, facts));
  if (index === -1) return decisionFor(undefined, facts, candidates.length, candidates.length);
  return decisionFor(candidates[index], facts, candidates.length, index + 1);
}
