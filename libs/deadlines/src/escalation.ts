import type { Limit } from './limit.js';

/** What a step does (预警 / 催办 / 督办 / 通报). */
export const ESCALATION_ACTIONS = [
  'notify', // tell the unit and its leaders
  'urge', // 催办
  'issue_urging_notice', // 催办通知书, the formal urge on paper
  'raise_priority',
  'open_supervision', // 督办: a supervision order with its own due
  'mark_for_publicising', // 通报
] as const;
export type EscalationAction = (typeof ESCALATION_ACTIONS)[number];

/**
 * What must still hold when a step comes due for it to fire. DOMAIN.md's ladder has one: the
 * assignment still owes its reply; offsets then count from the reply-due.
 */
export const ESCALATION_CRITERIA = ['unreplied'] as const;
export type EscalationCriterion = (typeof ESCALATION_CRITERIA)[number];

/**
 * When a step comes due: at the yellow warning (the policy's `warning`, which holds the −25 %), or a
 * limit after the due (amount 0: at the due itself).
 */
export type EscalationOffset = { readonly from: 'warning' } | { readonly from: 'due'; readonly after: Limit };

/** A rung of the ladder, as data (GLPI's escalation levels); `name` keeps repeated alerts of one step apart. */
export interface EscalationStep {
  readonly name: string;
  readonly offset: EscalationOffset;
  readonly criterion: EscalationCriterion;
  readonly actions: readonly EscalationAction[];
}
