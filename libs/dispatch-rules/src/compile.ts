import type { Limit } from '#libs/deadlines';
import { byPriority, fitsRest } from './conditions.js';
import type { CompiledRuleSet, DispatchDecision } from './decision.js';
import { decisionFor } from './explain.js';
import type { DispatchRule, TicketFacts } from './rule.js';

/** The rules of one category prefix, by region prefix ('' for any region). */
interface RegionBuckets {
  /** The region prefix lengths that occur, longest first. */
  readonly lengths: readonly number[];
  readonly byPrefix: ReadonlyMap<string, readonly DispatchRule[]>;
}

interface RuleIndex {
  readonly size: number;
  /** The category prefix lengths that occur, longest first. */
  readonly categoryLengths: readonly number[];
  /** By category prefix ('' for any category). */
  readonly byCategory: ReadonlyMap<string, RegionBuckets>;
}

const lengthsLongestFirst = (prefixes: Iterable<string>): number[] =>
  [...new Set([...prefixes].map((prefix) => prefix.length))].sort((a, b) => b - a);

function indexRules(rules: readonly DispatchRule[]): RuleIndex {
  const byCategory = new Map<string, RegionBuckets>();
  // Sorted once here, so that every bucket comes out in priority order (Map.groupBy keeps the order within a group).
  const enabled = rules.filter((rule) => rule.enabled).sort(byPriority);
  for (const [categoryPrefix, ofCategory] of Map.groupBy(enabled, (rule) => rule.conditions.categoryPrefix ?? '')) {
    const byPrefix = Map.groupBy(ofCategory, (rule) => rule.conditions.regionPrefix ?? '');
    byCategory.set(categoryPrefix, { lengths: lengthsLongestFirst(byPrefix.keys()), byPrefix });
  }
  return { size: enabled.length, categoryLengths: lengthsLongestFirst(byCategory.keys()), byCategory };
}

/** The buckets whose prefixes the ticket's codes start with, most specific first: the order of `bySpecificity`. */
function* bucketsOf(index: RuleIndex, { categoryCode, regionCode }: TicketFacts): Generator<readonly DispatchRule[]> {
  for (const categoryLength of index.categoryLengths) {
    // A shorter code cut to this length would look up a prefix of another length.
    if (categoryLength > categoryCode.length) continue;
    const regions = index.byCategory.get(categoryCode.slice(0, categoryLength));
    if (regions === undefined) continue;
    for (const regionLength of regions.lengths) {
      if (regionLength > regionCode.length) continue;
      const bucket = regions.byPrefix.get(regionCode.slice(0, regionLength));
      if (bucket !== undefined) yield bucket;
    }
  }
}

/**
 * The first rule whose remaining conditions fit is the winner. The walk goes on past the winner only to
 * count the candidates for the explanation.
 */
function decide(index: RuleIndex, facts: TicketFacts): DispatchDecision {
  let winner: DispatchRule | undefined;
  let candidates = 0;
  let considered = 0;
  for (const bucket of bucketsOf(index, facts)) {
    candidates += bucket.length;
    if (winner !== undefined) continue;
    const at = bucket.findIndex((rule) => fitsRest(rule.conditions, facts));
    if (at === -1) considered += bucket.length;
    else {
      winner = bucket[at];
      considered += at + 1;
    }
  }
  return decisionFor(winner, facts, candidates, considered);
}

/**
 * The reply limit of the ticket's matter: that of the first fitting rule, in the same order, that sets
 * one. It is asked apart from the routing, so that an exception routing part of a matter elsewhere (an
 * enterprise's green channel, a co-dispatch on a keyword) does not drop the matter's limit.
 */
function replyLimitOf(index: RuleIndex, facts: TicketFacts): Limit | undefined {
  for (const bucket of bucketsOf(index, facts)) {
    const rule = bucket.find((candidate) => candidate.action.replyLimit !== undefined && fitsRest(candidate.conditions, facts));
    if (rule) return rule.action.replyLimit;
  }
  return undefined;
}

/** Builds the in-memory index once per change of the rules; a decision then looks at a few buckets. */
export function compileRules(rules: readonly DispatchRule[]): CompiledRuleSet {
  const index = indexRules(rules);
  return { size: index.size, decide: (facts) => decide(index, facts), replyLimit: (facts) => replyLimitOf(index, facts) };
}
