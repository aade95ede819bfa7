import { firstKeyword } from './conditions.js';
import type { DispatchDecision, MatchedOn } from './decision.js';
import type { DispatchRule, RuleConditions, TicketFacts } from './rule.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Only called for a rule already known to match, so every condition present has a fact to name. */
function matchedOn(conditions: RuleConditions, facts: TicketFacts): MatchedOn {
  const on: Mutable<MatchedOn> = {};
  if (conditions.categoryPrefix !== undefined) on.categoryPrefix = conditions.categoryPrefix;
  if (conditions.regionPrefix !== undefined) on.regionPrefix = conditions.regionPrefix;
  if (conditions.requestTypes !== undefined) on.requestType = facts.requestType;
  if (conditions.channels !== undefined) on.channel = facts.channel;
  if (conditions.urgencies !== undefined) on.urgency = facts.urgency;
  if (conditions.enterprise !== undefined) on.enterprise = facts.enterprise;
  if (conditions.keywords !== undefined) on.keyword = firstKeyword(conditions.keywords, facts.text);
  return on;
}

/** Both evaluations build their decision here, so that they agree to the letter. */
export function decisionFor(
  winner: DispatchRule | undefined,
  facts: TicketFacts,
  candidates: number,
  considered: number,
): DispatchDecision {
  if (winner === undefined) return { matched: false, explanation: { matchedOn: {}, candidates, considered } };
  return {
    matched: true,
    rule: { id: winner.id, name: winner.name, priority: winner.priority },
    action: winner.action,
    explanation: { matchedOn: matchedOn(winner.conditions, facts), candidates, considered },
  };
}
