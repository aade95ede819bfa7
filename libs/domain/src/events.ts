import type { Actor } from './actor.js';
import type { CallbackResult, NotAcceptOutcome, TransferTarget } from './outcomes.js';
import type { AssignmentRole, TicketStatus } from './statuses.js';

/** One event type per command (and per outcome of a command): the audit trail's vocabulary. */
export const EVENT_TYPES = [
  'dispatched',
  'parked',
  'signed',
  'replied',
  'reply_approved',
  'reply_sent_back',
  'return_requested',
  'return_approved',
  'return_rejected',
  'extension_requested',
  'extension_approved',
  'extension_rejected',
  'sub_dispatched',
  'resolved_directly',
  'transferred',
  'not_accepted',
  'merged',
  'callback_recorded',
  'callback_waived',
  'reopened',
  'urged',
  'supervised',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** The facts each event type carries beyond the common fields; `undefined` when it carries none. */
export interface EventDataByType {
  dispatched: { readonly role: AssignmentRole; readonly mode: 'rule' | 'manual'; readonly designated: boolean };
  parked: undefined;
  signed: undefined;
  /** `reportsToAssignmentId`: the primary (for an assist) or the parent (for a sub-dispatched unit); null: the centre. */
  replied: { readonly solved: boolean; readonly reportsToAssignmentId: number | null };
  reply_approved: undefined;
  reply_sent_back: undefined;
  return_requested: undefined;
  return_approved: { readonly failedDispatchRounds: number; readonly designationRequired: boolean };
  return_rejected: undefined;
  extension_requested: { readonly days: number };
  extension_approved: { readonly days: number; readonly previousReplyDueAt: Date; readonly replyDueAt: Date };
  extension_rejected: { readonly days: number };
  sub_dispatched: { readonly parentAssignmentId: number };
  resolved_directly: undefined;
  transferred: { readonly to: TransferTarget };
  not_accepted: { readonly outcome: NotAcceptOutcome };
  merged: { readonly intoTicketId: number };
  callback_recorded: { readonly result: CallbackResult };
  callback_waived: { readonly samplePercent: number };
  reopened: { readonly previousAssignmentId: number | null };
  urged: undefined;
  /** `dueAt`: the supervision order's own due (督办时限). */
  supervised: { readonly dueAt: Date };
}

/**
 * The assignment an event is about. `id` is null for an assignment created by the same decision:
 * it is then the one assignment of `next` with a null id and this `unitId` (a unit holds at most one
 * open assignment on a ticket).
 */
export interface EventAssignment {
  readonly id: number | null;
  readonly unitId: number;
}

export interface EventCommon {
  readonly actor: Actor;
  readonly occurredAt: Date;
  readonly fromStatus: TicketStatus;
  readonly toStatus: TicketStatus;
  readonly assignment?: EventAssignment;
  /** The human text of the command: reason, reply, answer, basis or remark. */
  readonly note?: string;
}

/** An append-only record of one transition: written with the ticket in one transaction. */
export type DomainEvent = {
  [T in EventType]: EventCommon & { readonly type: T } & (EventDataByType[T] extends undefined
      ? unknown
      : { readonly data: EventDataByType[T] });
}[EventType];
