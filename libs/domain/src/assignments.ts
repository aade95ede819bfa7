import type { Actor } from './actor.js';
import { refuse } from './errors.js';
import { OPEN_ASSIGNMENT_STATUSES, type AssignmentStatus } from './statuses.js';
import type { Assignment, TicketSnapshot } from './ticket.js';

export const isOpen = (assignment: Assignment): boolean => OPEN_ASSIGNMENT_STATUSES.includes(assignment.status);

/** The primary at the top of the tree: its work, and only its, moves the ticket. */
export const isLead = (assignment: Assignment): boolean => assignment.role === 'primary' && assignment.parentId === null;

export const findAssignment = (ticket: TicketSnapshot, id: number): Assignment =>
  ticket.assignments.find((assignment) => assignment.id === id) ?? refuse('unknown_assignment', `the ticket has no assignment ${id}`);

/** An assignment a unit user acts on: it must be their own unit's. */
export const findOwnAssignment = (ticket: TicketSnapshot, id: number, actor: Actor): Assignment => {
  const assignment = findAssignment(ticket, id);
  if (actor.unitId !== assignment.unitId) refuse('not_your_unit', `assignment ${id} belongs to unit ${assignment.unitId}`);
  return assignment;
};

export const requireAssignmentStatus = (assignment: Assignment, allowed: readonly AssignmentStatus[], action: string): void => {
  if (!allowed.includes(assignment.status)) {
    refuse('invalid_state', `cannot ${action} an assignment that is ${assignment.status}`);
  }
};

/** The latest primary at the top (assignments are listed in the order they were created). */
export const latestLead = (ticket: TicketSnapshot): Assignment =>
  ticket.assignments.filter(isLead).at(-1) ?? refuse('invalid_state', 'the ticket has no primary assignment');

/** A unit holds at most one open assignment on a ticket. */
export const requireUnitFree = (ticket: TicketSnapshot, unitId: number): void => {
  if (ticket.assignments.some((assignment) => isOpen(assignment) && assignment.unitId === unitId)) {
    refuse('duplicate_unit', `unit ${unitId} already holds an open assignment on this ticket`);
  }
};

export const hasOpenChildren = (ticket: TicketSnapshot, parent: Assignment): boolean =>
  ticket.assignments.some((assignment) => assignment.parentId === parent.id && isOpen(assignment));

/** The ticket's assignments with one of them changed. */
export const updateAssignment = (ticket: TicketSnapshot, changed: Assignment, changes: Partial<Assignment>): readonly Assignment[] =>
  ticket.assignments.map((assignment) => (assignment.id === changed.id ? { ...assignment, ...changes } : assignment));

export const closeIfOpen = (assignment: Assignment): Assignment => (isOpen(assignment) ? { ...assignment, status: 'closed' } : assignment);

type NewAssignmentFields = Pick<
  Assignment,
  'unitId' | 'unitTier' | 'role' | 'parentId' | 'redo' | 'signDueAt' | 'replyDueAt' | 'returnWindowEndsAt'
>;

/** A new assignment, waiting to be signed; the persistence layer gives it its id. */
export const newAssignment = (now: Date, fields: NewAssignmentFields): Assignment => ({
  id: null,
  status: 'dispatched',
  dispatchedAt: now,
  signedAt: null,
  repliedAt: null,
  extensionDays: 0,
  extensionRequest: null,
  reply: null,
  ...fields,
});
