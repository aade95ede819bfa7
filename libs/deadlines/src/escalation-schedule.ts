import type { WorkCalendar } from '#libs/calendar';
import type { EscalationStep } from './escalation.js';
import { addLimit } from './limit.js';
import type { DeadlinePolicy } from './policy.js';
import { warningAt } from './warning.js';

export interface ScheduledStep {
  readonly step: EscalationStep;
  readonly at: Date;
}

/** When each step of the policy's ladder comes due for an assignment, in the ladder's order. */
export function escalationSchedule(policy: DeadlinePolicy, calendar: WorkCalendar, dispatchedAt: Date, replyDueAt: Date): readonly ScheduledStep[] {
  return policy.escalation.map((step) => ({
    step,
    at: step.offset.from === 'warning' ? warningAt(policy, calendar, dispatchedAt, replyDueAt) : addLimit(calendar, replyDueAt, step.offset.after),
  }));
}
