import type { RuleConditions } from '../admin/rule';
import type { RequestType, Urgency } from '../codes/vocabulary';

/** GET /api/deadline-policy as the console reads it (libs/deadlines: policy.ts, limit.ts, escalation.ts). */
export type LimitUnit = 'working_days' | 'natural_days' | 'working_hours' | 'natural_hours' | 'natural_minutes' | 'natural_seconds';

export interface Limit {
  amount: number;
  unit: LimitUnit;
}

/** When a step of the ladder comes due: at the yellow warning, or a limit after the reply-due. */
export type EscalationOffset = { from: 'warning' } | { from: 'due'; after: Limit };

export interface EscalationStep {
  name: string;
  offset: EscalationOffset;
  criterion: string;
  actions: string[];
}

/** A dispatch rule whose matters have a reply limit of their own. */
export interface ReplyLimitRule {
  id: number;
  name: string;
  enabled: boolean;
  conditions: RuleConditions;
  replyLimit: Limit;
}

export interface DeadlinePolicy {
  /** The setting that chose the profile (DEADLINE_POLICY). */
  setting: string;
  name: string;
  dispatchDue: Record<Urgency, Limit>;
  signDue: Record<Urgency, Limit>;
  replyDue: { byRequestType: Record<RequestType, Limit>; urgent: Limit; critical: Limit };
  enterprise: { replyDivisor: number };
  returnWindow: Limit;
  complexReturnWindow: Limit;
  extensionCapWorkingDays: number;
  warning: { fractionUsed: number; remaining: Limit };
  redoReply: Limit;
  callbackDue: Limit;
  callbackAttempts: number;
  callbackRetryGap: Limit;
  /** 督办: a supervision order's own due. */
  supervisionDue: Limit;
  escalation: EscalationStep[];
  replyLimitRules: ReplyLimitRule[];
}
