import { describe, expect, it } from '@jest/globals';
import { COMMAND_TYPES } from './commands.js';
import { EVENT_TYPES } from './events.js';
import { TICKET_STATUSES } from './statuses.js';
import { NOW, accepted, outcome, ticketIn } from './testing/fixtures.js';
import { ALLOWED, COLUMNS, type ColumnName } from './testing/workflow-matrix.js';
import { decide } from './workflow.js';

const COLUMN_NAMES = Object.keys(COLUMNS) as ColumnName[];

const ROWS = TICKET_STATUSES.flatMap((state) =>
  COLUMN_NAMES.map((column) => {
    const allowed = ALLOWED[state][column];
    return { state, column, allowed, expected: allowed === undefined ? 'invalid_state' : allowed.join(' / ') };
  }),
);

describe('the state × command table', () => {
  it('covers every ticket state with every command', () => {
    expect(ROWS).toHaveLength(TICKET_STATUSES.length * COLUMN_NAMES.length);
    const pairs = new Set(ROWS.map(({ state, column }) => `${state}|${COLUMNS[column].command.type}`));
    expect(pairs.size).toBe(TICKET_STATUSES.length * COMMAND_TYPES.length);
  });

  it('lists only known columns as allowed, and every event type is produced somewhere', () => {
    const listed = Object.values(ALLOWED).flatMap((row) => Object.keys(row));
    expect(listed.filter((name) => !COLUMN_NAMES.includes(name as ColumnName))).toEqual([]);
    const produced = new Set(Object.values(ALLOWED).flatMap((row) => Object.values(row).map(([, event]) => event)));
    expect([...produced].sort()).toEqual([...EVENT_TYPES].sort());
  });

  it.each(ROWS)('$state × $column → $expected', ({ state, column, allowed }) => {
    const { actor, command, ...rest } = COLUMNS[column];
    const prepare = 'prepare' in rest ? rest.prepare : undefined;
    const ticket = prepare ? prepare(ticketIn(state)) : ticketIn(state);

    const decision = decide(ticket, command, actor, NOW);

    if (allowed === undefined) {
      expect(outcome(decision)).toBe('invalid_state');
      return;
    }
    const [nextStatus, eventType] = allowed;
    const { next, events } = accepted(decision);
    expect(next.status).toBe(nextStatus);
    expect(next.version).toBe(ticket.version + 1);
    expect(events.map((event) => event.type)).toEqual([eventType]);
    expect(events[0]).toMatchObject({ fromStatus: state, toStatus: nextStatus, actor, occurredAt: NOW });
  });
});
