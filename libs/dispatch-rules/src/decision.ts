import type { Limit } from '#libs/deadlines';
import type { Channel, RequestType, Urgency } from '#libs/domain';
import type { RuleAction, TicketFacts } from './rule.js';

/**
 * The facts each condition of the winning rule matched, keyed like the conditions (a list condition
 * names the ticket's value, keywords the first keyword found). Only the rule's own conditions appear,
 * in a fixed order, so `key=value` pairs read as one line.
 */
export interface MatchedOn {
  readonly categoryPrefix?: string;
  readonly regionPrefix?: string;
  readonly requestType?: RequestType;
  readonly channel?: Channel;
  readonly urgency?: Urgency;
  readonly enterprise?: boolean;
  readonly keyword?: string;
}

export interface Explanation {
  /** Empty when no rule matched. */
  readonly matchedOn: MatchedOn;
  /** Enabled rules whose category and region prefixes fit the ticket. */
  readonly candidates: number;
  /** Candidates tried, most specific first, up to and including the winner (all of them when none won). */
  readonly considered: number;
}

export interface RuleRef {
  readonly id: number;
  readonly name: string;
  readonly priority: number;
}

export type DispatchDecision =
  | { readonly matched: true; readonly rule: RuleRef; readonly action: RuleAction; readonly explanation: Explanation }
  | { readonly matched: false; readonly explanation: Explanation };

export interface CompiledRuleSet {
  /** Enabled rules in the index. */
  readonly size: number;
  decide(facts: TicketFacts): DispatchDecision;
  /** The reply limit the rules set for the ticket's matter, whichever rule routes it and whoever dispatches it. */
  replyLimit(facts: TicketFacts): Limit | undefined;
}
