import type { Actor } from './actor.js';
import { recordCallback, waiveCallback } from './callback.js';
import type { Command, CommandOf, CommandType } from './commands.js';
import { dispatch, reopen, subDispatch } from './dispatching.js';
import { WorkflowError, refuse } from './errors.js';
import type { DomainEvent } from './events.js';
import { approveExtension, rejectExtension, requestExtension } from './extensions.js';
import { COMMAND_FROM_STATES, mayIssue } from './guards.js';
import { merge, notAccept, park, resolveDirectly, transfer } from './intake.js';
import { DEFAULT_WORKFLOW_POLICY, type WorkflowPolicy } from './policy.js';
import { supervise, urge } from './pressing.js';
import { approveReturn, rejectReturn, requestReturn } from './returns.js';
import { reviewReply } from './review.js';
import type { TicketSnapshot } from './ticket.js';
import type { Handler } from './transition.js';
import { reply, sign } from './unit-work.js';

export type Decision =
  | { readonly ok: true; readonly next: TicketSnapshot; readonly events: readonly DomainEvent[] }
  | { readonly ok: false; readonly error: WorkflowError };

const HANDLERS: { readonly [T in CommandType]: Handler<CommandOf<T>> } = {
  dispatch,
  park,
  sign,
  reply,
  reviewReply,
  requestReturn,
  approveReturn,
  rejectReturn,
  requestExtension,
  approveExtension,
  rejectExtension,
  subDispatch,
  resolveDirectly,
  transfer,
  notAccept,
  merge,
  recordCallback,
  waiveCallback,
  reopen,
  urge,
  supervise,
};

/**
 * Decides one command against a ticket: checks who may issue it and from which state, then the
 * command's own rules. Pure: the time comes in as `now`, and nothing is written. On success the
 * caller stores `next` (only if the stored version is still `ticket.version`) and appends `events`.
 */
export function decide(
  ticket: TicketSnapshot,
  command: Command,
  actor: Actor,
  now: Date,
  policy: WorkflowPolicy = DEFAULT_WORKFLOW_POLICY,
): Decision {
  try {
    if (!mayIssue(actor.role, command.type)) refuse('forbidden_role', `${actor.role} may not ${command.type}`);
    if (!COMMAND_FROM_STATES[command.type].includes(ticket.status)) {
      refuse('invalid_state', `cannot ${command.type} a ticket that is ${ticket.status}`);
    }
    // The map pairs each command type with its handler; TypeScript cannot follow that through the union.
    const handler = HANDLERS[command.type] as Handler<Command>;
    return { ok: true, ...handler(ticket, command, { actor, now, policy }) };
  } catch (error) {
    if (error instanceof WorkflowError) return { ok: false, error };
    throw error;
  }
}
