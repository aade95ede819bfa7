import { findAssignment, findOwnAssignment, requireAssignmentStatus, updateAssignment } from './assignments.js';
import type { ApproveExtensionCommand, RejectExtensionCommand, RequestExtensionCommand } from './commands.js';
import { refuse } from './errors.js';
import { requireInsideParent } from './placement.js';
import type { Assignment, ExtensionRequest } from './ticket.js';
import { advance, eventAssignment, notLaterThan, requireText, stamp, type Handler } from './transition.js';

// 延期: a flag on the assignment; the ticket's state does not change.

/** 延期申请: before the reply-due, within the cap of working days over all extensions. */
export const requestExtension: Handler<RequestExtensionCommand> = (ticket, command, context) => {
  const assignment = findOwnAssignment(ticket, command.assignmentId, context.actor);
  requireAssignmentStatus(assignment, ['handling'], 'extend');
  if (assignment.extensionRequest !== null) refuse('invalid_state', 'an extension request is already pending');
  const { days } = command;
  if (!Number.isInteger(days) || days < 1) refuse('invalid_extension_days', `${days} is not a positive whole number of working days`);
  const reason = requireText(command.reason, 'the reason for the extension');
  if (!notLaterThan(context.now, assignment.replyDueAt)) {
    refuse('extension_after_due', `the reply was due at ${assignment.replyDueAt.toISOString()}`);
  }
  const cap = context.policy.extensionCapWorkingDays;
  if (assignment.extensionDays + days > cap) {
    refuse('extension_cap_exceeded', `${assignment.extensionDays} days granted already; ${days} more would pass the cap of ${cap}`);
  }
  const extensionRequest: ExtensionRequest = { days, reason, requestedAt: context.now };
  return {
    next: advance(ticket, { assignments: updateAssignment(ticket, assignment, { extensionRequest }) }),
    events: [
      {
        ...stamp(context, ticket.status, ticket.status),
        type: 'extension_requested',
        assignment: eventAssignment(assignment),
        note: reason,
        data: { days },
      },
    ],
  };
};

const pendingRequest = (assignment: Assignment): ExtensionRequest => {
  requireAssignmentStatus(assignment, ['handling'], 'decide an extension of');
  return assignment.extensionRequest ?? refuse('invalid_state', 'no extension request is pending');
};

/** The centre grants the requested days; a sub-dispatched unit's new due stays inside its parent's. */
export const approveExtension: Handler<ApproveExtensionCommand> = (ticket, command, context) => {
  const assignment = findAssignment(ticket, command.assignmentId);
  const { days } = pendingRequest(assignment);
  if (assignment.parentId !== null) requireInsideParent(findAssignment(ticket, assignment.parentId), [command.replyDueAt]);
  const assignments = updateAssignment(ticket, assignment, {
    replyDueAt: command.replyDueAt,
    extensionDays: assignment.extensionDays + days,
    extensionRequest: null,
  });
  return {
    next: advance(ticket, { assignments }),
    events: [
      {
        ...stamp(context, ticket.status, ticket.status),
        type: 'extension_approved',
        assignment: eventAssignment(assignment),
        note: command.note,
        data: { days, previousReplyDueAt: assignment.replyDueAt, replyDueAt: command.replyDueAt },
      },
    ],
  };
};

export const rejectExtension: Handler<RejectExtensionCommand> = (ticket, command, context) => {
  const assignment = findAssignment(ticket, command.assignmentId);
  const { days } = pendingRequest(assignment);
  const reason = requireText(command.reason, 'the reason for rejecting the extension');
  return {
    next: advance(ticket, { assignments: updateAssignment(ticket, assignment, { extensionRequest: null }) }),
    events: [
      {
        ...stamp(context, ticket.status, ticket.status),
        type: 'extension_rejected',
        assignment: eventAssignment(assignment),
        note: reason,
        data: { days },
      },
    ],
  };
};
