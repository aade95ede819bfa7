import type { RequestType, Urgency } from '#libs/domain';
import type { EscalationStep } from './escalation.js';
import type { Limit } from './limit.js';

/** 答复: by request type at normal urgency; urgent and critical tickets run on short clocks whatever their type. */
export interface ReplyLimits {
  readonly byRequestType: Readonly<Record<RequestType, Limit>>;
  readonly urgent: Limit;
  readonly critical: Limit;
}

/**
 * 营商环境 green channel for enterprises' requests: each normal reply limit is divided by
 * `replyDivisor`, rounded up to a whole unit and never below 1 (a divisor rather than a factor, so
 * that the arithmetic is exact). Urgent and critical limits are already the shortest and stay.
 */
export interface EnterpriseRule {
  readonly replyDivisor: number;
}

/** A city's time limits (DOMAIN.md "Time limits"); the profiles live in config/policies. */
export interface DeadlinePolicy {
  readonly name: string;
  /** The centre dispatches a registered ticket. */
  readonly dispatchDue: Readonly<Record<Urgency, Limit>>;
  /** 签收 */
  readonly signDue: Readonly<Record<Urgency, Limit>>;
  readonly replyDue: ReplyLimits;
  readonly enterprise: EnterpriseRule;
  /** 退单: counted from dispatch; after it the unit must handle the ticket. */
  readonly returnWindow: Limit;
  /** 退单 for a ticket the dispatcher marks complex. */
  readonly complexReturnWindow: Limit;
  /** 延期: all approved extensions of one assignment together. */
  readonly extensionCapWorkingDays: number;
  /** 预警 yellow: at `fractionUsed` of the limit, or when only `remaining` is left, whichever is earlier. */
  readonly warning: { readonly fractionUsed: number; readonly remaining: Limit };
  /** 重办: the reply limit of a reopened assignment. */
  readonly redoReply: Limit;
  /** 回访: counted from the approved reply. */
  readonly callbackDue: Limit;
  readonly callbackAttempts: number;
  readonly callbackRetryGap: Limit;
  /** 督办: a supervision order's own due, counted from the order. */
  readonly supervisionDue: Limit;
  /** 催办 → 督办 → 通报, in the order the steps fire. */
  readonly escalation: readonly EscalationStep[];
}
