import type { WorkCalendar } from '#libs/calendar';
import {
  AWAITING_DISPATCH_TICKET_STATUSES,
  RUNNING_ASSIGNMENT_STATUSES,
  type AssignmentStatus,
  type TicketStatus,
} from '#libs/domain';
import type { EscalationAction, EscalationStep } from './escalation.js';
import { escalationSchedule } from './escalation-schedule.js';
import type { DeadlinePolicy } from './policy.js';

/** The assignment facts its timers depend on; `version` changes whenever one of them does. */
export interface AssignmentClock {
  readonly id: number;
  readonly version: number;
  readonly status: AssignmentStatus;
  readonly dispatchedAt: Date;
  readonly signDueAt: Date;
  readonly replyDueAt: Date;
}

/** The ticket facts the centre's own dispatch-due depends on. */
export interface TicketClock {
  readonly id: number;
  readonly version: number;
  readonly status: TicketStatus;
  readonly dispatchDueAt: Date | null;
}

export type TimerSubject = 'assignment' | 'ticket';

/**
 * One timer: `kind` is `sign-due`, `dispatch-due`, or `step-{name}` for a rung of the escalation
 * ladder. Its `id` is deterministic and carries the version it was planned for, so planning again
 * after a change yields new ids and planning twice the same ids (BullMQ adds an existing id once).
 */
export interface Timer {
  readonly id: string;
  readonly kind: string;
  readonly subject: TimerSubject;
  readonly subjectId: number;
  readonly version: number;
  readonly at: Date;
  /** What the timeline records of it once it has acted (`firedKeyOf`). */
  readonly firedKey: string;
}

export const SIGN_DUE = 'sign-due';
export const DISPATCH_DUE = 'dispatch-due';

/** 催办 at the sign-due: the unit is told and urged to sign. */
export const SIGN_DUE_ACTIONS: readonly EscalationAction[] = ['notify', 'urge'];

const STEP_PREFIX = 'step-';
const stepKind = (step: EscalationStep): string => `${STEP_PREFIX}${step.name}`;

export const timerId = (kind: string, subjectId: number, version: number): string => `${kind}:${subjectId}:${version}`;

/**
 * A rung as the timeline keys it once it has acted: its kind, subject and time, not the version it was
 * planned at. A new version of an assignment (signed, returned, extended) plans its ladder again; a
 * rung at the same time has been sent already and is not sent twice (decay), while a rung the change
 * moved (a later due) is a new one.
 */
export const firedKeyOf = (kind: string, subjectId: number, at: Date): string => `${kind}:${subjectId}@${at.getTime()}`;

const timer = (subject: TimerSubject, kind: string, subjectId: number, version: number, at: Date): Timer => ({
  id: timerId(kind, subjectId, version),
  kind,
  subject,
  subjectId,
  version,
  at,
  firedKey: firedKeyOf(kind, subjectId, at),
});

/** The kinds of timer an assignment in `status` has: its sign-due while unsigned, the ladder while its clock runs. */
export function assignmentTimerKinds(policy: DeadlinePolicy, status: AssignmentStatus): string[] {
  if (!RUNNING_ASSIGNMENT_STATUSES.includes(status)) return [];
  const ladder = policy.escalation.map(stepKind);
  return status === 'dispatched' ? [SIGN_DUE, ...ladder] : ladder;
}

/** The kinds of timer a ticket in `status` has: the centre's dispatch-due while it waits to be dispatched. */
export const ticketTimerKinds = (status: TicketStatus): string[] => (AWAITING_DISPATCH_TICKET_STATUSES.includes(status) ? [DISPATCH_DUE] : []);

/** The rung of the ladder a timer of this kind fires; undefined for the sign-due and the dispatch-due. */
export const stepOfTimer = (policy: DeadlinePolicy, kind: string): EscalationStep | undefined =>
  policy.escalation.find((step) => stepKind(step) === kind);

/** Every timer an assignment should have now. */
export function assignmentTimers(policy: DeadlinePolicy, calendar: WorkCalendar, assignment: AssignmentClock): Timer[] {
  const kinds = assignmentTimerKinds(policy, assignment.status);
  if (kinds.length === 0) return [];
  const ladder = escalationSchedule(policy, calendar, assignment.dispatchedAt, assignment.replyDueAt);
  const at = new Map([[SIGN_DUE, assignment.signDueAt], ...ladder.map(({ step, at }) => [stepKind(step), at] as const)]);
  return kinds.map((kind) => timer('assignment', kind, assignment.id, assignment.version, at.get(kind)!));
}

/** The centre's own limit: a ticket waiting in the pool past its dispatch-due is flagged. */
export function ticketTimers(ticket: TicketClock): Timer[] {
  const { dispatchDueAt } = ticket;
  if (dispatchDueAt === null) return [];
  return ticketTimerKinds(ticket.status).map((kind) => timer('ticket', kind, ticket.id, ticket.version, dispatchDueAt));
}

/**
 * A subject's timers in the order they come due, ties in the order they are listed. They run as a
 * chain: only the first not yet fired waits in Redis, and each one that fires adds the next, so a city
 * keeps one delayed job per open subject instead of one per rung of the ladder.
 */
const chainOf = (timers: readonly Timer[]): Timer[] => [...timers].sort((a, b) => a.at.getTime() - b.at.getTime());

/** The timer a subject waits for: the first of its chain whose fired key is not among those on the timeline. */
export const pendingTimer = (timers: readonly Timer[], fired: ReadonlySet<string>): Timer | undefined =>
  chainOf(timers).find((timer) => !fired.has(timer.firedKey));

/** The timer that follows the one with this id in its subject's chain, if any. */
export function timerAfter(timers: readonly Timer[], id: string): Timer | undefined {
  const chain = chainOf(timers);
  const index = chain.findIndex((timer) => timer.id === id);
  return index < 0 ? undefined : chain[index + 1];
}

const isTimerKind = (kind: string): boolean => kind === SIGN_DUE || kind === DISPATCH_DUE || kind.startsWith(STEP_PREFIX);

/**
 * Whose timer an id is: its subject (`assignment:41`, `ticket:7`) and the version it was planned for;
 * undefined for any other job of the queue (a plan).
 */
export function ownerOfTimer(id: string): { subject: string; version: number } | undefined {
  const [kind, subjectId, version, ...rest] = id.split(':');
  if (!kind || !isTimerKind(kind) || !subjectId || !version || rest.length > 0 || !/^\d+$/.test(subjectId) || !/^\d+$/.test(version)) return undefined;
  return { subject: subjectKey(kind === DISPATCH_DUE ? 'ticket' : 'assignment', Number(subjectId)), version: Number(version) };
}

/** A subject's key among both kinds of subject, whose ids may be the same numbers. */
export const subjectKey = (subject: TimerSubject, id: number): string => `${subject}:${id}`;

/**
 * The ids the timers of the `count` versions before `version` had, of every kind the subject may have
 * had (its status then is not known): what a plan removes once the subject has moved on.
 */
export function earlierTimerIds(policy: DeadlinePolicy, subject: TimerSubject, subjectId: number, version: number, count: number): string[] {
  const kinds = subject === 'ticket' ? [DISPATCH_DUE] : [SIGN_DUE, ...policy.escalation.map(stepKind)];
  const earlier = Array.from({ length: Math.max(0, Math.min(count, version - 1)) }, (_, index) => version - 1 - index);
  return earlier.flatMap((old) => kinds.map((kind) => timerId(kind, subjectId, old)));
}
