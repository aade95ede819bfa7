import { findOwnAssignment, isLead, latestLead, requireAssignmentStatus, updateAssignment } from './assignments.js';
import type { ReplyCommand, SignCommand } from './commands.js';
import type { Assignment, TicketSnapshot } from './ticket.js';
import { advance, eventAssignment, requireText, stamp, type Handler } from './transition.js';

/** 签收: the unit takes the assignment; the primary's sign puts the ticket in handling. */
export const sign: Handler<SignCommand> = (ticket, command, context) => {
  const assignment = findOwnAssignment(ticket, command.assignmentId, context.actor);
  requireAssignmentStatus(assignment, ['dispatched'], 'sign');
  const status = isLead(assignment) ? 'handling' : ticket.status;
  return {
    next: advance(ticket, { status, assignments: updateAssignment(ticket, assignment, { status: 'handling', signedAt: context.now }) }),
    events: [{ ...stamp(context, ticket.status, status), type: 'signed', assignment: eventAssignment(assignment) }],
  };
};

/** Whom a reply goes to: the parent unit, the primary (for an assist), or the centre (null). */
const reportsTo = (ticket: TicketSnapshot, assignment: Assignment): number | null => {
  if (assignment.parentId !== null) return assignment.parentId;
  return isLead(assignment) ? null : latestLead(ticket).id;
};

/**
 * 答复: only the primary's reply moves the ticket to replied (for the centre's review); assists and
 * sub-dispatched units reply to the unit above. A pending extension request lapses with the reply.
 */
export const reply: Handler<ReplyCommand> = (ticket, command, context) => {
  const assignment = findOwnAssignment(ticket, command.assignmentId, context.actor);
  requireAssignmentStatus(assignment, ['handling'], 'reply to');
  const text = requireText(command.text, 'the reply');
  const status = isLead(assignment) ? 'replied' : ticket.status;
  const assignments = updateAssignment(ticket, assignment, {
    status: 'replied',
    repliedAt: context.now,
    reply: { text, solved: command.solved },
    extensionRequest: null,
  });
  return {
    next: advance(ticket, { status, assignments }),
    events: [
      {
        ...stamp(context, ticket.status, status),
        type: 'replied',
        assignment: eventAssignment(assignment),
        note: text,
        data: { solved: command.solved, reportsToAssignmentId: reportsTo(ticket, assignment) },
      },
    ],
  };
};
