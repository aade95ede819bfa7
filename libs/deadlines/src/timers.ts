import type { WorkCalendar } from '#libs/calendar';
import { escalationSchedule } from './escalation-schedule.js';
import type { DeadlinePolicy } from './policy.js';

/** The assignment facts its timers depend on; `version` changes whenever one of them does. */
export interface AssignmentClock {
  readonly id: number;
  readonly version: number;
  readonly status: string;
  readonly dispatchedAt: Date;
  readonly signDueAt: Date;
  readonly replyDueAt: Date;
}

/** The ticket facts the centre's own dispatch-due depends on. */
export interface TicketClock {
  readonly id: number;
  readonly version: number;
  readonly status: string;
  readonly dispatchDueAt: Date | null;
}

/**
 * One timer: `kind` is `sign-due`, `dispatch-due`, or `step-{name}` for a rung of the escalation
 * ladder. Its `id` is deterministic and carries the version it was planned for, so planning again
 * after a change yields new ids and planning twice the same ids (BullMQ adds an existing id once).
 */
export interface Timer {
  readonly id: string;
  readonly kind: string;
  readonly subject: 'assignment' | 'ticket';
  readonly subjectId: number;
  readonly version: number;
  readonly at: Date;
}

// 不签收不计时 is the abuse to avoid: a return request does not stop the clock, so its timers run on.
const RUNNING = ['dispatched', 'handling', 'return_requested'];
const IN_POOL = ['registered', 'pending_dispatch'];

const timer = (subject: Timer['subject'], kind: string, subjectId: number, version: number, at: Date): Timer => ({
  id: `${kind}:${subjectId}:${version}`,
  kind,
  subject,
  subjectId,
  version,
  at,
});

/** Every timer an assignment should have now: sign-due while unsigned, the ladder while unreplied. */
export function assignmentTimers(policy: DeadlinePolicy, calendar: WorkCalendar, assignment: AssignmentClock): Timer[] {
  if (!RUNNING.includes(assignment.status)) return [];
  const { id, version } = assignment;
  const ladder = escalationSchedule(policy, calendar, assignment.dispatchedAt, assignment.replyDueAt).map(({ step, at }) =>
    timer('assignment', `step-${step.name}`, id, version, at),
  );
  return assignment.status === 'dispatched' ? [timer('assignment', 'sign-due', id, version, assignment.signDueAt), ...ladder] : ladder;
}

/** The centre's own limit: a ticket waiting in the pool past its dispatch-due is flagged. */
export function ticketTimers(ticket: TicketClock): Timer[] {
  if (!IN_POOL.includes(ticket.status) || ticket.dispatchDueAt === null) return [];
  return [timer('ticket', 'dispatch-due', ticket.id, ticket.version, ticket.dispatchDueAt)];
}
