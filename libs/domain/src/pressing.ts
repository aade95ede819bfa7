import { findAssignment, requireAssignmentStatus } from './assignments.js';
import type { SuperviseCommand, UrgeCommand } from './commands.js';
import { refuse } from './errors.js';
import { RUNNING_ASSIGNMENT_STATUSES } from './statuses.js';
import type { DomainEvent } from './events.js';
import type { TicketStatus } from './statuses.js';
import type { Assignment, TicketSnapshot } from './ticket.js';
import { advance, eventAssignment, requireText, stamp, type Context, type Handler } from './transition.js';

const MINUTE_MS = 60_000;

// 催办 and 督办 by hand: the centre presses a unit that still owes its reply. Neither changes the
// ticket's state or the assignment's dues; the event is what the unit is told and the record keeps.

/**
 * The assignment pressed and the note: only one whose unit still owes its reply (a replied, returned
 * or closed one has nothing left to press), and not again before the policy's interval has passed.
 */
function pressed(ticket: TicketSnapshot, command: UrgeCommand | SuperviseCommand, context: Context): { assignment: Assignment; note: string } {
  const assignment = findAssignment(ticket, command.assignmentId);
  requireAssignmentStatus(assignment, RUNNING_ASSIGNMENT_STATUSES, command.type);
  const note = requireText(command.note, `the note of the ${command.type}`);
  const { previousAt } = command;
  const interval = context.policy.repeatIntervalMinutes * MINUTE_MS;
  if (previousAt !== null && context.now.getTime() - previousAt.getTime() < interval) {
    const again = new Date(previousAt.getTime() + interval);
    refuse(
      'repeated_too_soon',
      `assignment ${assignment.id} was last ${command.type === 'urge' ? 'urged' : 'supervised'} at ${previousAt.toISOString()}: ` +
        `once every ${context.policy.repeatIntervalMinutes} minutes, so not before ${again.toISOString()}`,
    );
  }
  return { assignment, note };
}

/** 催办: the unit is told to hurry. */
export const urge: Handler<UrgeCommand> = (ticket, command, context) => {
  const { assignment, note } = pressed(ticket, command, context);
  return {
    next: advance(ticket, {}),
    events: [{ ...stamp(context, ticket.status, ticket.status), type: 'urged', assignment: eventAssignment(assignment), note }],
  };
};

/** The event of a supervision order (督办单) on an assignment of a ticket in `status`: what the unit is told, and its own due. */
export const supervisionEvent = (context: Context, status: TicketStatus, assignment: Assignment, note: string, dueAt: Date): DomainEvent => ({
  ...stamp(context, status, status),
  type: 'supervised',
  assignment: eventAssignment(assignment),
  note,
  data: { dueAt },
});

/** 督办: a supervision order with its own due, which the event records. */
export const supervise: Handler<SuperviseCommand> = (ticket, command, context) => {
  const { assignment, note } = pressed(ticket, command, context);
  return { next: advance(ticket, {}), events: [supervisionEvent(context, ticket.status, assignment, note, command.dueAt)] };
};
