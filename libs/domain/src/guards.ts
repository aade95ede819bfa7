import type { ActorRole } from './actor.js';
import type { CommandType } from './commands.js';
import { AWAITING_DISPATCH_TICKET_STATUSES, type TicketStatus } from './statuses.js';

const CENTRE_DESK: readonly ActorRole[] = ['dispatcher', 'admin'];
const INTAKE_DESK: readonly ActorRole[] = ['operator', 'dispatcher', 'admin'];
const UNIT_USERS: readonly ActorRole[] = ['unit_handler', 'unit_admin'];

/**
 * Who may issue each command. Approvals and reviews are people's decisions, so `system` only routes
 * (dispatch, park, reopen) and records automated (SMS) callbacks. Admins may do what dispatchers do;
 * dispatchers may also close at intake what they find in the pool.
 */
export const COMMAND_ROLES: Readonly<Record<CommandType, readonly ActorRole[]>> = {
  dispatch: [...CENTRE_DESK, 'system'],
  park: ['system'],
  sign: UNIT_USERS,
  reply: UNIT_USERS,
  reviewReply: CENTRE_DESK,
  requestReturn: UNIT_USERS,
  approveReturn: CENTRE_DESK,
  rejectReturn: CENTRE_DESK,
  requestExtension: UNIT_USERS,
  approveExtension: CENTRE_DESK,
  rejectExtension: CENTRE_DESK,
  subDispatch: ['unit_admin'],
  resolveDirectly: INTAKE_DESK,
  transfer: INTAKE_DESK,
  notAccept: INTAKE_DESK,
  merge: INTAKE_DESK,
  recordCallback: ['callback_agent', 'system'],
  waiveCallback: ['system'],
  reopen: [...CENTRE_DESK, 'system'],
  urge: CENTRE_DESK,
  supervise: CENTRE_DESK,
};

export const mayIssue = (role: ActorRole, command: CommandType): boolean => COMMAND_ROLES[command].includes(role);

const UNIT_WORK: readonly TicketStatus[] = ['dispatched', 'handling'];
const AT_INTAKE = AWAITING_DISPATCH_TICKET_STATUSES;
// A unit may still owe its reply: the primary's return request does not stop its clock.
const PRESSABLE: readonly TicketStatus[] = [...UNIT_WORK, 'return_requested'];

/**
 * The ticket states each command may start from. Commands on an assignment are refined by the
 * assignment's own status: an assist's or a sub-dispatched unit's work goes on while the ticket is
 * dispatched or handling, and only the primary's moves the ticket. Closing at intake (resolve, transfer,
 * not accept, merge) is open from the manual pool too: a dispatcher looking at the pool may do it.
 */
export const COMMAND_FROM_STATES: Readonly<Record<CommandType, readonly TicketStatus[]>> = {
  dispatch: AT_INTAKE,
  park: ['registered'],
  sign: UNIT_WORK,
  reply: UNIT_WORK,
  reviewReply: ['replied'],
  requestReturn: UNIT_WORK,
  approveReturn: [...UNIT_WORK, 'return_requested'],
  rejectReturn: [...UNIT_WORK, 'return_requested'],
  requestExtension: UNIT_WORK,
  approveExtension: UNIT_WORK,
  rejectExtension: UNIT_WORK,
  subDispatch: UNIT_WORK,
  resolveDirectly: AT_INTAKE,
  transfer: AT_INTAKE,
  notAccept: AT_INTAKE,
  merge: AT_INTAKE,
  recordCallback: ['callback_pending'],
  waiveCallback: ['callback_pending'],
  reopen: ['reopened'],
  urge: PRESSABLE,
  supervise: PRESSABLE,
};
