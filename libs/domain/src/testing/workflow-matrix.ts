// The expected state machine, written out as data for the table specs (not exported from the library).
import type { Actor } from '../actor.js';
import type { Command } from '../commands.js';
import type { EventType } from '../events.js';
import type { TicketStatus } from '../statuses.js';
import type { TicketSnapshot } from '../ticket.js';
import {
  ASSIST_UNIT,
  DISSATISFIED_UNSOLVED,
  SATISFIED,
  STREET_UNIT,
  actor,
  dispatchTarget,
  hoursFromNow,
  unitTarget,
} from './fixtures.js';

export interface Column {
  readonly actor: Actor;
  readonly command: Command;
  /** Facts the command needs besides the ticket's state (e.g. a pending extension request). */
  readonly prepare?: (ticket: TicketSnapshot) => TicketSnapshot;
}

const withPendingExtension = (ticket: TicketSnapshot): TicketSnapshot => ({
  ...ticket,
  assignments: ticket.assignments.map((a) => ({ ...a, extensionRequest: { days: 3, reason: 'waiting for a survey', requestedAt: hoursFromNow(-1) } })),
});

/** One column per command, two where a command has outcomes that lead to different states. */
export const COLUMNS = {
  dispatch: { actor: actor('dispatcher'), command: { type: 'dispatch', primary: dispatchTarget(ASSIST_UNIT, 'city') } },
  park: { actor: actor('system'), command: { type: 'park' } },
  sign: { actor: actor('unit_handler'), command: { type: 'sign', assignmentId: 1 } },
  reply: { actor: actor('unit_handler'), command: { type: 'reply', assignmentId: 1, text: 'Fixed the street lamp.', solved: true } },
  'reviewReply:approve': { actor: actor('dispatcher'), command: { type: 'reviewReply', decision: 'approve' } },
  'reviewReply:sendBack': { actor: actor('dispatcher'), command: { type: 'reviewReply', decision: 'sendBack', reason: 'Does not answer the request.' } },
  requestReturn: { actor: actor('unit_handler'), command: { type: 'requestReturn', assignmentId: 1, reason: 'The road belongs to the city.' } },
  approveReturn: { actor: actor('dispatcher'), command: { type: 'approveReturn', assignmentId: 1 } },
  rejectReturn: { actor: actor('dispatcher'), command: { type: 'rejectReturn', assignmentId: 1, reason: 'It is in your district.' } },
  requestExtension: { actor: actor('unit_handler'), command: { type: 'requestExtension', assignmentId: 1, days: 3, reason: 'Survey needed.' } },
  approveExtension: {
    actor: actor('dispatcher'),
    command: { type: 'approveExtension', assignmentId: 1, replyDueAt: hoursFromNow(312) },
    prepare: withPendingExtension,
  },
  rejectExtension: {
    actor: actor('dispatcher'),
    command: { type: 'rejectExtension', assignmentId: 1, reason: 'Simple matter.' },
    prepare: withPendingExtension,
  },
  subDispatch: {
    actor: actor('unit_admin'),
    command: { type: 'subDispatch', parentAssignmentId: 1, child: unitTarget(STREET_UNIT, 'street'), childIsBelowParent: true },
  },
  resolveDirectly: { actor: actor('operator'), command: { type: 'resolveDirectly', answer: 'Office hours are 9 to 17.' } },
  transfer: { actor: actor('operator'), command: { type: 'transfer', to: '119' } },
  notAccept: { actor: actor('operator'), command: { type: 'notAccept', outcome: 'other_channel', basis: 'A court case is pending.' } },
  merge: { actor: actor('operator'), command: { type: 'merge', intoTicketId: 42 } },
  'recordCallback:satisfied': { actor: actor('callback_agent'), command: { type: 'recordCallback', result: SATISFIED } },
  'recordCallback:dissatisfiedUnsolved': { actor: actor('callback_agent'), command: { type: 'recordCallback', result: DISSATISFIED_UNSOLVED } },
  waiveCallback: { actor: actor('system'), command: { type: 'waiveCallback', samplePercent: 30 } },
  reopen: { actor: actor('system'), command: { type: 'reopen', signDueAt: hoursFromNow(24), replyDueAt: hoursFromNow(120) } },
  urge: { actor: actor('dispatcher'), command: { type: 'urge', assignmentId: 1, note: 'Please reply today.', previousAt: null } },
  supervise: {
    actor: actor('dispatcher'),
    command: { type: 'supervise', assignmentId: 1, note: 'Supervised by the centre.', dueAt: hoursFromNow(72), previousAt: null },
  },
} satisfies Record<string, Column>;
export type ColumnName = keyof typeof COLUMNS;

type Allowed = readonly [next: TicketStatus, event: EventType];

/**
 * The allowed transitions of DOMAIN.md's diagram, for the primary assignment: state → column → [next
 * state, event]. Every pair not listed must be refused with 'invalid_state'.
 */
export const ALLOWED: Readonly<Record<TicketStatus, Partial<Record<ColumnName, Allowed>>>> = {
  registered: {
    dispatch: ['dispatched', 'dispatched'],
    park: ['pending_dispatch', 'parked'],
    resolveDirectly: ['closed', 'resolved_directly'],
    transfer: ['transferred', 'transferred'],
    notAccept: ['not_accepted', 'not_accepted'],
    merge: ['merged', 'merged'],
  },
  pending_dispatch: {
    dispatch: ['dispatched', 'dispatched'],
    resolveDirectly: ['closed', 'resolved_directly'],
    transfer: ['transferred', 'transferred'],
    notAccept: ['not_accepted', 'not_accepted'],
    merge: ['merged', 'merged'],
  },
  dispatched: {
    sign: ['handling', 'signed'],
    requestReturn: ['return_requested', 'return_requested'],
    urge: ['dispatched', 'urged'],
    supervise: ['dispatched', 'supervised'],
  },
  handling: {
    reply: ['replied', 'replied'],
    requestReturn: ['return_requested', 'return_requested'],
    requestExtension: ['handling', 'extension_requested'],
    approveExtension: ['handling', 'extension_approved'],
    rejectExtension: ['handling', 'extension_rejected'],
    subDispatch: ['handling', 'sub_dispatched'],
    urge: ['handling', 'urged'],
    supervise: ['handling', 'supervised'],
  },
  replied: {
    'reviewReply:approve': ['callback_pending', 'reply_approved'],
    'reviewReply:sendBack': ['handling', 'reply_sent_back'],
  },
  callback_pending: {
    'recordCallback:satisfied': ['closed', 'callback_recorded'],
    'recordCallback:dissatisfiedUnsolved': ['reopened', 'callback_recorded'],
    waiveCallback: ['closed', 'callback_waived'],
  },
  reopened: {
    reopen: ['dispatched', 'reopened'],
  },
  return_requested: {
    approveReturn: ['pending_dispatch', 'return_approved'],
    rejectReturn: ['handling', 'return_rejected'],
    urge: ['return_requested', 'urged'],
    supervise: ['return_requested', 'supervised'],
  },
  closed: {},
  transferred: {},
  not_accepted: {},
  merged: {},
};
