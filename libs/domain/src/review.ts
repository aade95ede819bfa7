import { latestLead, updateAssignment } from './assignments.js';
import type { ReviewReplyCommand } from './commands.js';
import { advance, eventAssignment, requireText, stamp, type Handler } from './transition.js';

/**
 * 审核: the centre approves the primary's reply (on to the callback) or sends it back (退回重办).
 * A sent-back reply no longer counts as a reply, and the clock keeps running: no due changes.
 */
export const reviewReply: Handler<ReviewReplyCommand> = (ticket, command, context) => {
  const lead = latestLead(ticket);
  if (command.decision === 'approve') {
    return {
      next: advance(ticket, { status: 'callback_pending' }),
      events: [{ ...stamp(context, ticket.status, 'callback_pending'), type: 'reply_approved', assignment: eventAssignment(lead), note: command.note }],
    };
  }
  const reason = requireText(command.reason, 'the reason for sending the reply back');
  return {
    next: advance(ticket, {
      status: 'handling',
      assignments: updateAssignment(ticket, lead, { status: 'handling', reply: null, repliedAt: null }),
    }),
    events: [{ ...stamp(context, ticket.status, 'handling'), type: 'reply_sent_back', assignment: eventAssignment(lead), note: reason }],
  };
};
