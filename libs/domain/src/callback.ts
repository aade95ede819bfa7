import { closeIfOpen, latestLead } from './assignments.js';
import type { RecordCallbackCommand, WaiveCallbackCommand } from './commands.js';
import { callbackReopens, type CallbackResult } from './outcomes.js';
import type { TicketSnapshot } from './ticket.js';
import { advance, stamp, type Handler } from './transition.js';

/**
 * 回访: the callback ends the round — every open assignment closes. Dissatisfied and not solved
 * reopens the ticket (重办); anything else, an unreached citizen included, closes it.
 */
export const recordCallback: Handler<RecordCallbackCommand> = (ticket, command, context) => {
  const status = callbackReopens(command.result) ? 'reopened' : 'closed';
  return {
    next: advance(ticket, { status, assignments: ticket.assignments.map(closeIfOpen) }),
    events: [{ ...stamp(context, ticket.status, status), type: 'callback_recorded', note: command.note, data: { result: command.result } }],
  };
};

/** A ticket the callback sample did not draw closes as it stands: the reply approved is the end. */
export const waiveCallback: Handler<WaiveCallbackCommand> = (ticket, command, context) => ({
  next: advance(ticket, { status: 'closed', assignments: ticket.assignments.map(closeIfOpen) }),
  events: [{ ...stamp(context, ticket.status, 'closed'), type: 'callback_waived', data: { samplePercent: command.samplePercent } }],
});

/** What a callback's result leads to: the ticket closes, goes back to the same unit (重办), or to the centre. */
export type CallbackConsequence = 'closed' | 'reopened' | 'supervision';

/**
 * Dissatisfied and not solved sends the ticket back to its unit as a redo, unless the reply just
 * called back was already a redo's: a second failure is the centre's to supervise (督办).
 */
export function callbackConsequence(ticket: TicketSnapshot, result: CallbackResult): CallbackConsequence {
  if (!callbackReopens(result)) return 'closed';
  return latestLead(ticket).redo ? 'supervision' : 'reopened';
}
