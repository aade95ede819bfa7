import type { WorkCalendar } from '#libs/calendar';
import type { WarningLevel } from '#libs/domain';
import { limitBefore } from './limit.js';
import type { DeadlinePolicy } from './policy.js';

/**
 * 预警 yellow: when the policy's fraction of the natural time from dispatch to due has gone by, or
 * when only its `remaining` limit is left, whichever comes first. A limit no longer than that margin
 * would be yellow from its dispatch on; for it the fraction alone decides.
 */
export function warningAt(policy: DeadlinePolicy, calendar: WorkCalendar, dispatchedAt: Date, dueAt: Date): Date {
  const { fractionUsed, remaining } = policy.warning;
  const byFraction = new Date(dispatchedAt.getTime() + (dueAt.getTime() - dispatchedAt.getTime()) * fractionUsed);
  const byRemaining = limitBefore(calendar, dueAt, remaining);
  return byRemaining > dispatchedAt && byRemaining < byFraction ? byRemaining : byFraction;
}

/**
 * The flags an assignment carries once a step of its ladder has fired at `now` (late is not a state):
 * overdue and red from its reply-due on; before it, yellow unless it is already marked.
 */
export function flagsAfterStep(current: WarningLevel, replyDueAt: Date, now: Date): { warningLevel: WarningLevel; overdue: boolean } {
  const overdue = now.getTime() >= replyDueAt.getTime();
  return { warningLevel: overdue ? 'red' : current === 'none' ? 'yellow' : current, overdue };
}
