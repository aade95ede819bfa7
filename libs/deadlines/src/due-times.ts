import type { WorkCalendar } from '#libs/calendar';
import type { Urgency } from '#libs/domain';
import { dueLimits, type DeadlineFacts } from './due-limits.js';
import { addLimit } from './limit.js';
import type { DeadlinePolicy } from './policy.js';

export interface AssignmentDueTimes {
  readonly signDueAt: Date;
  readonly replyDueAt: Date;
  readonly returnWindowEndsAt: Date;
}

/**
 * Every clock of an assignment runs from its dispatch: a return and its rejection later change none
 * of them, so bouncing a ticket buys no time.
 */
export function assignmentDueTimes(
  policy: DeadlinePolicy,
  calendar: WorkCalendar,
  facts: DeadlineFacts,
  dispatchedAt: Date,
  options: { readonly complex?: boolean } = {},
): AssignmentDueTimes {
  const { sign, reply } = dueLimits(policy, facts);
  return {
    signDueAt: addLimit(calendar, dispatchedAt, sign),
    replyDueAt: addLimit(calendar, dispatchedAt, reply),
    returnWindowEndsAt: addLimit(calendar, dispatchedAt, options.complex ? policy.complexReturnWindow : policy.returnWindow),
  };
}

/** By when the centre must dispatch a registered ticket. */
export function dispatchDueAt(policy: DeadlinePolicy, calendar: WorkCalendar, urgency: Urgency, registeredAt: Date): Date {
  return addLimit(calendar, registeredAt, policy.dispatchDue[urgency]);
}

/**
 * 重办: the same unit gets the redo limit, whatever the ticket's urgency was, and signs on the normal
 * clock, since the redo limit is itself in working days.
 */
export function redoDueTimes(policy: DeadlinePolicy, calendar: WorkCalendar, reopenedAt: Date): { readonly signDueAt: Date; readonly replyDueAt: Date } {
  return {
    signDueAt: addLimit(calendar, reopenedAt, policy.signDue.normal),
    replyDueAt: addLimit(calendar, reopenedAt, policy.redoReply),
  };
}

/** 督办: a supervision order's own due, counted from when the centre opened it. */
export function supervisionDueAt(policy: DeadlinePolicy, calendar: WorkCalendar, orderedAt: Date): Date {
  return addLimit(calendar, orderedAt, policy.supervisionDue);
}

const earlier = (a: Date, b: Date): Date => (a.getTime() <= b.getTime() ? a : b);

/**
 * 督办重办: a redo that failed again goes back under a supervision order. The unit is told one due:
 * its reply is owed by the order's due when that comes before the redo limit, and it signs by then at
 * the latest.
 */
export function supervisedRedoDueTimes(
  policy: DeadlinePolicy,
  calendar: WorkCalendar,
  reopenedAt: Date,
): { readonly signDueAt: Date; readonly replyDueAt: Date; readonly supervisionDueAt: Date } {
  const redo = redoDueTimes(policy, calendar, reopenedAt);
  const due = supervisionDueAt(policy, calendar, reopenedAt);
  const replyDueAt = earlier(redo.replyDueAt, due);
  return { signDueAt: earlier(redo.signDueAt, replyDueAt), replyDueAt, supervisionDueAt: due };
}

/** 延期: the old reply-due plus the granted working days, counted on from it. */
export function extendedReplyDueAt(calendar: WorkCalendar, replyDueAt: Date, workingDays: number): Date {
  if (!Number.isInteger(workingDays) || workingDays < 1) throw new RangeError(`an extension of ${workingDays} working days`);
  return calendar.addWorkingDays(replyDueAt, workingDays);
}
