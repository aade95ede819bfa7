import { describe, expect, it } from '@jest/globals';
import type { Command } from './commands.js';
import {
  ASSIST_UNIT,
  NOW,
  OTHER_UNIT,
  STREET_UNIT,
  accepted,
  actor,
  assignment,
  dispatchTarget,
  outcome,
  store,
  ticket,
  ticketIn,
} from './testing/fixtures.js';
import { decide } from './workflow.js';

const reply = (assignmentId = 1, text = 'Fixed the street lamp.'): Command => ({ type: 'reply', assignmentId, text, solved: true });
const handler = actor('unit_handler');

describe('signing (签收)', () => {
  it('takes a dispatched assignment once: a second sign is invalid_state', () => {
    const dispatched = store(
      accepted(decide(ticketIn('registered'), { type: 'dispatch', primary: dispatchTarget(OTHER_UNIT, 'district') }, actor('system'), NOW)).next,
    );
    const sign: Command = { type: 'sign', assignmentId: 1 };
    const signer = actor('unit_handler', OTHER_UNIT);
    const { next, events } = accepted(decide(dispatched, sign, signer, NOW));
    expect(next.status).toBe('handling');
    expect(next.assignments[0]).toMatchObject({ status: 'handling', signedAt: NOW });
    expect(events[0]).toMatchObject({ type: 'signed', assignment: { id: 1, unitId: OTHER_UNIT } });
    expect(outcome(decide(next, sign, signer, NOW))).toBe('invalid_state');
  });

  it("by an assist leaves the ticket waiting for the primary's sign", () => {
    const dispatched = ticket('dispatched', [
      assignment({ status: 'dispatched' }),
      assignment({ id: 2, unitId: ASSIST_UNIT, role: 'assist', status: 'dispatched' }),
    ]);
    const { next } = accepted(decide(dispatched, { type: 'sign', assignmentId: 2 }, actor('unit_handler', ASSIST_UNIT), NOW));
    expect(next.status).toBe('dispatched');
    expect(next.assignments.map((a) => a.status)).toEqual(['dispatched', 'handling']);
  });
});

describe("a unit acts only on its own unit's assignments", () => {
  const commands: Command[] = [
    { type: 'sign', assignmentId: 1 },
    reply(),
    { type: 'requestReturn', assignmentId: 1, reason: 'Not ours.' },
    { type: 'requestExtension', assignmentId: 1, days: 2, reason: 'Survey.' },
  ];

  it.each(commands.map((command) => ({ command, type: command.type })))("$type on another unit's assignment → not_your_unit", ({ command }) => {
    const state = command.type === 'sign' ? 'dispatched' : 'handling';
    expect(outcome(decide(ticketIn(state), command, actor('unit_handler', OTHER_UNIT), NOW))).toBe('not_your_unit');
  });

  it('refuses a unit user with no unit', () => {
    expect(outcome(decide(ticketIn('handling'), reply(), { role: 'unit_handler', userId: 9 }, NOW))).toBe('not_your_unit');
  });
});

describe('replying (答复)', () => {
  const withHelpers = ticket('handling', [
    assignment(),
    assignment({ id: 2, unitId: ASSIST_UNIT, role: 'assist' }),
    assignment({ id: 3, unitId: STREET_UNIT, unitTier: 'street', parentId: 1, returnWindowEndsAt: null }),
  ]);

  it("by the primary moves the ticket to replied, for the centre's review", () => {
    const { next, events } = accepted(decide(withHelpers, reply(), handler, NOW));
    expect(next.status).toBe('replied');
    expect(next.assignments[0]).toMatchObject({ status: 'replied', repliedAt: NOW, reply: { text: 'Fixed the street lamp.', solved: true } });
    expect(events[0]).toMatchObject({ type: 'replied', toStatus: 'replied', note: 'Fixed the street lamp.', data: { solved: true, reportsToAssignmentId: null } });
  });

  it('by an assist goes to the primary and does not move the ticket', () => {
    const { next, events } = accepted(decide(withHelpers, reply(2), actor('unit_handler', ASSIST_UNIT), NOW));
    expect(next.status).toBe('handling');
    expect(next.assignments.map((a) => a.status)).toEqual(['handling', 'replied', 'handling']);
    expect(events[0]).toMatchObject({ toStatus: 'handling', data: { reportsToAssignmentId: 1 } });
  });

  it('by a sub-dispatched unit goes to its parent and does not move the ticket', () => {
    const { next, events } = accepted(decide(withHelpers, reply(3), actor('unit_handler', STREET_UNIT), NOW));
    expect(next.status).toBe('handling');
    expect(events[0]).toMatchObject({ data: { reportsToAssignmentId: 1 } });
  });

  it('needs a text and a signed assignment', () => {
    expect(outcome(decide(withHelpers, reply(1, ''), handler, NOW))).toBe('reason_required');
    expect(outcome(decide(ticketIn('dispatched'), reply(), handler, NOW))).toBe('invalid_state');
  });

  it('refuses an assignment the ticket does not have', () => {
    expect(outcome(decide(withHelpers, reply(9), handler, NOW))).toBe('unknown_assignment');
  });
});
