import type { Limit } from '#libs/deadlines';
import type { Channel, RequestType, Tier, TransferTarget, Urgency } from '#libs/domain';

/** Every condition narrows the match; an absent condition matches any ticket. */
export interface RuleConditions {
  /** Prefix of the category code ('01' > '0101' > '010101'). */
  categoryPrefix?: string;
  /** Prefix of the administrative region code (district 6, street 9, community 12 digits). */
  regionPrefix?: string;
  /** Any of these. */
  requestTypes?: readonly RequestType[];
  channels?: readonly Channel[];
  urgencies?: readonly Urgency[];
  /** 营商环境: a request from an enterprise. */
  enterprise?: boolean;
  /** Matches when any of them occurs in the ticket's text (title and content) as a plain substring. */
  keywords?: readonly string[];
}

/** The local tiers a region has a body at: the tiers `dispatch-by-region` may ask for. */
export type RegionalTier = Exclude<Tier, 'city'>;

/**
 * What a rule decides, and optionally the reply limit of the matters it covers (e.g. a water outage:
 * 24 natural hours), which applies whenever such a ticket is dispatched, by this rule or by hand.
 */
export type RuleAction = RoutingAction & { readonly replyLimit?: Limit };

type RoutingAction =
  | { readonly type: 'dispatch'; readonly unitCode: string }
  // 属地: the body of the ticket's region at this tier.
  | { readonly type: 'dispatch-by-region'; readonly tier: RegionalTier }
  | { readonly type: 'co-dispatch'; readonly primaryUnitCode: string; readonly assistUnitCodes: readonly string[] }
  // Into the dispatchers' pool (人工派单).
  | { readonly type: 'manual'; readonly reason: string }
  // 直接办结: answerable at once from the knowledge base.
  | { readonly type: 'direct'; readonly reason: string }
  // 转接: to an emergency service or another hotline.
  | { readonly type: 'transfer'; readonly to: TransferTarget };

/** The units an action names by code: a rule that names a unit keeps it from being deactivated. */
export const unitCodesOf = (action: RuleAction): string[] =>
  action.type === 'dispatch' ? [action.unitCode] : action.type === 'co-dispatch' ? [action.primaryUnitCode, ...action.assistUnitCodes] : [];

export interface DispatchRule {
  readonly id: number;
  readonly name: string;
  readonly priority: number;
  readonly enabled: boolean;
  readonly conditions: RuleConditions;
  readonly action: RuleAction;
}

/** What the rules look at in a ticket. */
export interface TicketFacts {
  readonly categoryCode: string;
  readonly regionCode: string;
  readonly requestType: RequestType;
  readonly channel: Channel;
  readonly urgency: Urgency;
  readonly enterprise: boolean;
  /** Title and content together. */
  readonly text: string;
}
