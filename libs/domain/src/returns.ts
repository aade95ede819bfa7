import {
  closeIfOpen,
  findAssignment,
  findOwnAssignment,
  hasOpenChildren,
  isLead,
  requireAssignmentStatus,
  updateAssignment,
} from './assignments.js';
import type { ApproveReturnCommand, RejectReturnCommand, RequestReturnCommand } from './commands.js';
import { refuse } from './errors.js';
import { isDesignationRequired } from './placement.js';
import { advance, eventAssignment, notLaterThan, requireText, stamp, type Handler } from './transition.js';

/**
 * 退单申请: "not our duty", with a reason, inside the return window. A unit that has passed the
 * ticket down (open sub-dispatches) has taken it as its own and cannot return it.
 */
export const requestReturn: Handler<RequestReturnCommand> = (ticket, command, context) => {
  const assignment = findOwnAssignment(ticket, command.assignmentId, context.actor);
  requireAssignmentStatus(assignment, ['dispatched', 'handling'], 'return');
  if (hasOpenChildren(ticket, assignment)) refuse('invalid_state', 'the unit has sub-dispatched this assignment');
  const window = assignment.returnWindowEndsAt;
  if (window === null) refuse('not_returnable', 'sub-dispatched, redo and designated assignments cannot be returned');
  const reason = requireText(command.reason, 'the reason for the return');
  if (!notLaterThan(context.now, window)) {
    refuse('return_window_closed', `the return window ended at ${window.toISOString()}: the unit must handle it`);
  }
  const status = isLead(assignment) ? 'return_requested' : ticket.status;
  return {
    next: advance(ticket, { status, assignments: updateAssignment(ticket, assignment, { status: 'return_requested' }) }),
    events: [{ ...stamp(context, ticket.status, status), type: 'return_requested', assignment: eventAssignment(assignment), note: reason }],
  };
};

/**
 * The centre approves a return. The primary's return ends the dispatch round: every open assignment
 * closes, the round counts as failed and the ticket goes to the manual pool. An assist's return only
 * removes the assist.
 */
export const approveReturn: Handler<ApproveReturnCommand> = (ticket, command, context) => {
  const assignment = findAssignment(ticket, command.assignmentId);
  requireAssignmentStatus(assignment, ['return_requested'], 'approve the return of');
  const next = isLead(assignment)
    ? advance(ticket, {
        status: 'pending_dispatch',
        failedDispatchRounds: ticket.failedDispatchRounds + 1,
        assignments: ticket.assignments.map((other) => (other.id === assignment.id ? { ...other, status: 'returned' } : closeIfOpen(other))),
      })
    : advance(ticket, { assignments: updateAssignment(ticket, assignment, { status: 'returned' }) });
  return {
    next,
    events: [
      {
        ...stamp(context, ticket.status, next.status),
        type: 'return_approved',
        assignment: eventAssignment(assignment),
        note: command.note,
        data: { failedDispatchRounds: next.failedDispatchRounds, designationRequired: isDesignationRequired(next, context.policy) },
      },
    ],
  };
};

/**
 * The centre rejects a return: the unit must now handle it (signed or not), and no due changes —
 * bouncing a ticket buys no time. `signedAt` stays as it was: a rejected return is not a sign.
 */
export const rejectReturn: Handler<RejectReturnCommand> = (ticket, command, context) => {
  const assignment = findAssignment(ticket, command.assignmentId);
  requireAssignmentStatus(assignment, ['return_requested'], 'reject the return of');
  const reason = requireText(command.reason, 'the reason for rejecting the return');
  const status = isLead(assignment) ? 'handling' : ticket.status;
  return {
    next: advance(ticket, { status, assignments: updateAssignment(ticket, assignment, { status: 'handling' }) }),
    events: [{ ...stamp(context, ticket.status, status), type: 'return_rejected', assignment: eventAssignment(assignment), note: reason }],
  };
};
