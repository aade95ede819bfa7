import type { DispatchRule, RuleConditions, TicketFacts } from './rule.js';

const lengthOf = (prefix: string | undefined): number => prefix?.length ?? 0;

/** The two conditions the compiled index buckets rules by. */
export const fitsPlace = (conditions: RuleConditions, facts: TicketFacts): boolean =>
  (conditions.categoryPrefix === undefined || facts.categoryCode.startsWith(conditions.categoryPrefix)) &&
  (conditions.regionPrefix === undefined || facts.regionCode.startsWith(conditions.regionPrefix));

export const firstKeyword = (keywords: readonly string[], text: string): string | undefined =>
  keywords.find((keyword) => text.includes(keyword));

/** The conditions left to check once a rule's place fits. */
export const fitsRest = (conditions: RuleConditions, facts: TicketFacts): boolean =>
  (conditions.requestTypes === undefined || conditions.requestTypes.includes(facts.requestType)) &&
  (conditions.channels === undefined || conditions.channels.includes(facts.channel)) &&
  (conditions.urgencies === undefined || conditions.urgencies.includes(facts.urgency)) &&
  (conditions.enterprise === undefined || conditions.enterprise === facts.enterprise) &&
  (conditions.keywords === undefined || firstKeyword(conditions.keywords, facts.text) !== undefined);

/** Within one place; the id makes the order total, so that every evaluation picks the same winner. */
export const byPriority = (a: DispatchRule, b: DispatchRule): number => b.priority - a.priority || a.id - b.id;

/** Most specific first: longer category prefix, then longer region prefix, then priority. */
export const bySpecificity = (a: DispatchRule, b: DispatchRule): number =>
  lengthOf(b.conditions.categoryPrefix) - lengthOf(a.conditions.categoryPrefix) ||
  lengthOf(b.conditions.regionPrefix) - lengthOf(a.conditions.regionPrefix) ||
  byPriority(a, b);
