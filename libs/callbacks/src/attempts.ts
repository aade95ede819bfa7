import type { WorkCalendar } from '#libs/calendar';
import { addLimit, type DeadlinePolicy } from '#libs/deadlines';

export type AfterMiss = { readonly kind: 'retry'; readonly at: Date } | { readonly kind: 'unreachable' };

/**
 * After a call that did not reach the citizen: try again after the policy's gap (at least 2 hours),
 * until the policy's number of attempts is used; then the callback closes as unreachable.
 */
export function afterMissedAttempt(
  policy: Pick<DeadlinePolicy, 'callbackAttempts' | 'callbackRetryGap'>,
  calendar: WorkCalendar,
  attemptsMade: number,
  now: Date,
): AfterMiss {
  if (attemptsMade >= policy.callbackAttempts) return { kind: 'unreachable' };
  return { kind: 'retry', at: addLimit(calendar, now, policy.callbackRetryGap) };
}

/** 回访时限: counted from the approved reply. */
export const callbackDueAt = (policy: Pick<DeadlinePolicy, 'callbackDue'>, calendar: WorkCalendar, approvedAt: Date): Date =>
  addLimit(calendar, approvedAt, policy.callbackDue);
