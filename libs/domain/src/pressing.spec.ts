import { describe, expect, it } from '@jest/globals';
import type { SuperviseCommand, UrgeCommand } from './commands.js';
import { DEFAULT_WORKFLOW_POLICY } from './policy.js';
import { ASSIGNMENT_STATUSES, type AssignmentStatus } from './statuses.js';
import { ASSIST_UNIT, NOW, accepted, actor, assignment, hoursFromNow, outcome, ticket } from './testing/fixtures.js';
import { decide } from './workflow.js';

const dispatcher = actor('dispatcher');
const minutesAgo = (minutes: number): Date => new Date(NOW.getTime() - minutes * 60_000);

const urge = (overrides: Partial<UrgeCommand> = {}): UrgeCommand => ({ type: 'urge', assignmentId: 2, note: 'Reply today, please.', previousAt: null, ...overrides });
const supervise = (overrides: Partial<SuperviseCommand> = {}): SuperviseCommand => ({
  type: 'supervise',
  assignmentId: 2,
  note: 'Supervised: report by the due.',
  dueAt: hoursFromNow(72),
  previousAt: null,
  ...overrides,
});
const COMMANDS = { urge, supervise } as const;

/** A handling ticket whose assist (id 2) is in the given status: the primary's state does not matter. */
const withAssist = (status: AssignmentStatus) =>
  ticket('handling', [assignment(), assignment({ id: 2, unitId: ASSIST_UNIT, role: 'assist', status, returnWindowEndsAt: null })]);

/** Whether the unit still owes its reply, by the assignment's status. */
const PRESSABLE: Record<AssignmentStatus, 'accepted' | 'invalid_state'> = {
  dispatched: 'accepted',
  handling: 'accepted',
  return_requested: 'accepted',
  replied: 'invalid_state',
  returned: 'invalid_state',
  closed: 'invalid_state',
};

describe.each(Object.keys(COMMANDS) as (keyof typeof COMMANDS)[])('%s by hand', (name) => {
  const make = COMMANDS[name];

  it('has a row for every assignment status', () => {
    expect(Object.keys(PRESSABLE).sort()).toEqual([...ASSIGNMENT_STATUSES].sort());
  });

  it.each(ASSIGNMENT_STATUSES.map((status) => ({ status, expected: PRESSABLE[status] })))('of an assignment $status → $expected', ({ status, expected }) => {
    expect(outcome(decide(withAssist(status), make(), dispatcher, NOW))).toBe(expected);
  });

  it('changes neither the ticket nor the assignment, only the version, and records the note and the unit', () => {
    const before = withAssist('handling');
    const { next, events } = accepted(decide(before, make(), dispatcher, NOW));
    expect(next).toEqual({ ...before, version: before.version + 1 });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: name === 'urge' ? 'urged' : 'supervised',
      actor: dispatcher,
      fromStatus: 'handling',
      toStatus: 'handling',
      assignment: { id: 2, unitId: ASSIST_UNIT },
      note: make().note,
    });
  });

  it('needs a note', () => {
    expect(outcome(decide(withAssist('handling'), make({ note: '  ' }), dispatcher, NOW))).toBe('reason_required');
  });

  it('names an assignment of the ticket', () => {
    expect(outcome(decide(withAssist('handling'), make({ assignmentId: 9 }), dispatcher, NOW))).toBe('unknown_assignment');
  });

  // The interval is the default policy's 60 minutes: the last press `minutes` ago.
  it.each([
    { minutes: 0, expected: 'repeated_too_soon' },
    { minutes: 59, expected: 'repeated_too_soon' },
    { minutes: 60, expected: 'accepted' },
    { minutes: 600, expected: 'accepted' },
  ])('pressed again $minutes minutes after the last time → $expected', ({ minutes, expected }) => {
    expect(DEFAULT_WORKFLOW_POLICY.repeatIntervalMinutes).toBe(60);
    expect(outcome(decide(withAssist('handling'), make({ previousAt: minutesAgo(minutes) }), dispatcher, NOW))).toBe(expected);
  });

  it('says when it may be done again', () => {
    const decision = decide(withAssist('handling'), make({ previousAt: minutesAgo(20) }), dispatcher, NOW);
    expect(decision.ok).toBe(false);
    if (!decision.ok) expect(decision.error.message).toContain(`not before ${minutesAgo(-40).toISOString()}`);
  });

  it('takes the interval from the workflow policy it is given (60 minutes by default, the same for every city)', () => {
    const patient = { ...DEFAULT_WORKFLOW_POLICY, repeatIntervalMinutes: 240 };
    expect(outcome(decide(withAssist('handling'), make({ previousAt: minutesAgo(120) }), dispatcher, NOW, patient))).toBe('repeated_too_soon');
  });
});

describe('supervise', () => {
  it("records the order's own due in the event", () => {
    const dueAt = hoursFromNow(72);
    const { events } = accepted(decide(withAssist('dispatched'), supervise({ dueAt }), dispatcher, NOW));
    expect(events[0]).toMatchObject({ type: 'supervised', data: { dueAt } });
  });
});
