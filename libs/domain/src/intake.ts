import type { MergeCommand, NotAcceptCommand, ParkCommand, ResolveDirectlyCommand, TransferCommand } from './commands.js';
import { advance, requireText, stamp, type Handler } from './transition.js';

// Intake outcomes (国办函〔2025〕66号): the ticket leaves the workflow before any unit is involved.

export const park: Handler<ParkCommand> = (ticket, command, context) => ({
  next: advance(ticket, { status: 'pending_dispatch' }),
  events: [{ ...stamp(context, ticket.status, 'pending_dispatch'), type: 'parked', note: command.note }],
});

export const resolveDirectly: Handler<ResolveDirectlyCommand> = (ticket, command, context) => {
  const answer = requireText(command.answer, 'the answer given');
  return {
    next: advance(ticket, { status: 'closed' }),
    events: [{ ...stamp(context, ticket.status, 'closed'), type: 'resolved_directly', note: answer }],
  };
};

export const transfer: Handler<TransferCommand> = (ticket, command, context) => ({
  next: advance(ticket, { status: 'transferred' }),
  events: [{ ...stamp(context, ticket.status, 'transferred'), type: 'transferred', note: command.note, data: { to: command.to } }],
});

export const notAccept: Handler<NotAcceptCommand> = (ticket, command, context) => {
  const basis = requireText(command.basis, 'the basis told to the citizen');
  return {
    next: advance(ticket, { status: 'not_accepted' }),
    events: [{ ...stamp(context, ticket.status, 'not_accepted'), type: 'not_accepted', note: basis, data: { outcome: command.outcome } }],
  };
};

export const merge: Handler<MergeCommand> = (ticket, command, context) => ({
  next: advance(ticket, { status: 'merged' }),
  events: [{ ...stamp(context, ticket.status, 'merged'), type: 'merged', note: command.note, data: { intoTicketId: command.intoTicketId } }],
});
