import { ticketTimerKinds } from '#libs/deadlines';
import type { DomainEvent, TicketSnapshot, TicketStatus } from '#libs/domain';
import { callbackOpenMessage, planMessage, ticketPushMessage, type OutboxMessage } from '#libs/queues';
import { pressNotice } from './press-notices.js';

/** The stored ticket as a change found it: what the messages name. */
export interface ChangedTicket {
  readonly id: number;
  readonly number: string;
  readonly status: TicketStatus;
}

/** An assignment inserted or changed by the change, at its new version. */
export interface ChangedAssignment {
  readonly id: number;
  readonly version: number;
}

/** An event as stored: its id, and its assignment's (a new assignment's id is known only once inserted). */
export interface StoredEvent {
  readonly id: number;
  readonly assignmentId: number | null;
}

/** When a change happened: its first event's time (the app's clock, not the database server's). */
export const occurredAt = (events: readonly DomainEvent[]): Date => events[0]?.occurredAt ?? new Date();

/**
 * What a saved change announces, in its transaction (the outbox): the push to the consoles, new
 * plans for the timers that follow the committed state (each changed assignment, and the ticket when
 * it enters or leaves a status with timers), the callback of an approved reply, and the notice of
 * the centre's urging or supervision. `stored` are `events` as stored, in order.
 */
export function changeMessages(
  ticket: ChangedTicket,
  next: TicketSnapshot,
  events: readonly DomainEvent[],
  changed: readonly ChangedAssignment[],
  stored: readonly StoredEvent[],
): OutboxMessage[] {
  const timed = (status: TicketStatus) => ticketTimerKinds(status).length > 0;
  const entered = (status: TicketStatus) => next.status === status && ticket.status !== status;
  return [
    ticketPushMessage({
      ticketId: ticket.id,
      number: ticket.number,
      events: events.map((event) => event.type),
      status: next.status,
      // The centre, and every unit on the ticket.
      unitIds: [...new Set(next.assignments.map((assignment) => assignment.unitId))],
      occurredAt: occurredAt(events).toISOString(),
    }),
    ...changed.map((assignment) => planMessage({ subject: 'assignment', ...assignment })),
    ...(next.status !== ticket.status && (timed(ticket.status) || timed(next.status))
      ? [planMessage({ subject: 'ticket', id: ticket.id, version: next.version })]
      : []),
    ...(entered('callback_pending') ? [callbackOpenMessage({ ticketId: ticket.id, version: next.version, approvedAt: occurredAt(events).getTime() })] : []),
    ...events.flatMap((event, index) => pressNotice(ticket, event, stored[index]!) ?? []),
  ];
}
