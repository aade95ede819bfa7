import { describe, expect, it } from '@jest/globals';
import { ACTOR_ROLES, type ActorRole } from './actor.js';
import { COMMAND_TYPES, type CommandType } from './commands.js';
import { NOW, accepted, actor, outcome, ticketIn } from './testing/fixtures.js';
import { ALLOWED, COLUMNS, type ColumnName } from './testing/workflow-matrix.js';
import { TICKET_STATUSES } from './statuses.js';
import { decide } from './workflow.js';

/** Who may issue each command; every other actor is refused with 'forbidden_role'. */
const ROLES_ALLOWED: Record<CommandType, readonly ActorRole[]> = {
  dispatch: ['dispatcher', 'admin', 'system'],
  park: ['system'],
  sign: ['unit_handler', 'unit_admin'],
  reply: ['unit_handler', 'unit_admin'],
  reviewReply: ['dispatcher', 'admin'],
  requestReturn: ['unit_handler', 'unit_admin'],
  approveReturn: ['dispatcher', 'admin'],
  rejectReturn: ['dispatcher', 'admin'],
  requestExtension: ['unit_handler', 'unit_admin'],
  approveExtension: ['dispatcher', 'admin'],
  rejectExtension: ['dispatcher', 'admin'],
  subDispatch: ['unit_admin'],
  resolveDirectly: ['operator', 'dispatcher', 'admin'],
  transfer: ['operator', 'dispatcher', 'admin'],
  notAccept: ['operator', 'dispatcher', 'admin'],
  merge: ['operator', 'dispatcher', 'admin'],
  recordCallback: ['callback_agent', 'system'],
  waiveCallback: ['system'],
  reopen: ['dispatcher', 'admin', 'system'],
  urge: ['dispatcher', 'admin'],
  supervise: ['dispatcher', 'admin'],
};

/** For each command: its first column and the first state the table allows it from. */
const scenario = (type: CommandType) => {
  const column = (Object.keys(COLUMNS) as ColumnName[]).find((name) => COLUMNS[name].command.type === type);
  const state = TICKET_STATUSES.find((status) => column !== undefined && ALLOWED[status][column] !== undefined);
  if (column === undefined || state === undefined) throw new Error(`no allowed scenario for ${type}`);
  const entry = COLUMNS[column];
  const ticket = 'prepare' in entry ? entry.prepare(ticketIn(state)) : ticketIn(state);
  return { ticket, command: entry.command };
};

const ROWS = COMMAND_TYPES.flatMap((type) =>
  ACTOR_ROLES.map((role) => ({ type, role, expected: ROLES_ALLOWED[type].includes(role) ? 'accepted' : 'forbidden_role' })),
);

describe('who may issue each command', () => {
  it('has a row for every command and actor role', () => {
    expect(ROWS).toHaveLength(COMMAND_TYPES.length * ACTOR_ROLES.length);
  });

  it.each(ROWS)('$type by $role → $expected', ({ type, role, expected }) => {
    const { ticket, command } = scenario(type);
    expect(outcome(decide(ticket, command, actor(role), NOW))).toBe(expected);
  });

  it('checks the role before the state: a leader is forbidden even where nothing is allowed', () => {
    expect(outcome(decide(ticketIn('closed'), { type: 'sign', assignmentId: 1 }, actor('leader'), NOW))).toBe('forbidden_role');
  });

  it('lets the rules engine dispatch a fresh ticket, recorded as a rule dispatch', () => {
    const { ticket, command } = scenario('dispatch');
    const { events } = accepted(decide(ticket, command, actor('system'), NOW));
    expect(events[0]).toMatchObject({ type: 'dispatched', data: { mode: 'rule' } });
  });
});
