import { describe, expect, it } from '@jest/globals';
import type { Command } from './commands.js';
import {
  ASSIST_UNIT,
  LEAD_UNIT,
  NOW,
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
import type { TicketSnapshot } from './ticket.js';
import { decide } from './workflow.js';

const requestReturn = (reason = 'The road belongs to the city.', assignmentId = 1): Command => ({ type: 'requestReturn', assignmentId, reason });
const handler = actor('unit_handler');
const dispatcher = actor('dispatcher');

const withAssist = (leadStatus: 'handling' | 'return_requested', assistStatus: 'handling' | 'return_requested'): TicketSnapshot =>
  ticket(leadStatus, [assignment({ status: leadStatus }), assignment({ id: 2, unitId: ASSIST_UNIT, role: 'assist', status: assistStatus })]);

describe('requesting a return (退单)', () => {
  it('needs a reason', () => {
    expect(outcome(decide(ticketIn('handling'), requestReturn('   '), handler, NOW))).toBe('reason_required');
  });

  it('is refused once the window has closed: the unit must handle it', () => {
    const closed = ticket('dispatched', [assignment({ status: 'dispatched', returnWindowEndsAt: new Date(NOW.getTime() - 1) })]);
    expect(outcome(decide(closed, requestReturn(), handler, NOW))).toBe('return_window_closed');
  });

  it('is accepted up to the last instant of the window', () => {
    const lastInstant = ticket('dispatched', [assignment({ status: 'dispatched', returnWindowEndsAt: NOW })]);
    const { next, events } = accepted(decide(lastInstant, requestReturn(), handler, NOW));
    expect(next.status).toBe('return_requested');
    expect(next.assignments[0]?.status).toBe('return_requested');
    expect(events[0]).toMatchObject({ type: 'return_requested', note: 'The road belongs to the city.', assignment: { id: 1, unitId: LEAD_UNIT } });
  });

  it('is refused for a sub-dispatched assignment: it answers to its parent unit', () => {
    const child = ticket('handling', [
      assignment(),
      assignment({ id: 2, unitId: STREET_UNIT, unitTier: 'street', parentId: 1, returnWindowEndsAt: null }),
    ]);
    expect(outcome(decide(child, requestReturn(undefined, 2), actor('unit_handler', STREET_UNIT), NOW))).toBe('not_returnable');
  });

  it('is refused after the centre designated the unit', () => {
    const pool = ticket('pending_dispatch', [assignment({ status: 'returned' })], { failedDispatchRounds: 3 });
    const dispatched = store(
      accepted(decide(pool, { type: 'dispatch', primary: dispatchTarget(ASSIST_UNIT, 'district'), designated: true }, dispatcher, NOW)).next,
    );
    expect(dispatched.assignments[1]?.returnWindowEndsAt).toBeNull();
    expect(outcome(decide(dispatched, requestReturn(undefined, 2), actor('unit_handler', ASSIST_UNIT), NOW))).toBe('not_returnable');
  });

  it('is refused while the unit has an open sub-dispatch: it took the matter as its own', () => {
    const passedDown = ticket('handling', [assignment(), assignment({ id: 2, unitId: STREET_UNIT, parentId: 1, returnWindowEndsAt: null })]);
    expect(outcome(decide(passedDown, requestReturn(), handler, NOW))).toBe('invalid_state');
  });

  it("from an assist leaves the ticket's state alone", () => {
    const { next } = accepted(decide(withAssist('handling', 'handling'), requestReturn(undefined, 2), actor('unit_handler', ASSIST_UNIT), NOW));
    expect(next.status).toBe('handling');
    expect(next.assignments.map((a) => a.status)).toEqual(['handling', 'return_requested']);
  });
});

describe('deciding a return', () => {
  it("approving the primary's return ends the round: pool, one more failed round, open assignments closed", () => {
    const { next, events } = accepted(
      decide(withAssist('return_requested', 'handling'), { type: 'approveReturn', assignmentId: 1 }, dispatcher, NOW),
    );
    expect(next.status).toBe('pending_dispatch');
    expect(next.failedDispatchRounds).toBe(1);
    expect(next.assignments.map((a) => a.status)).toEqual(['returned', 'closed']);
    expect(events[0]).toMatchObject({ type: 'return_approved', data: { failedDispatchRounds: 1, designationRequired: false } });
  });

  it('says when the next dispatch must be a designation', () => {
    const third = ticket('return_requested', [assignment({ status: 'return_requested' })], { failedDispatchRounds: 2 });
    const { events } = accepted(decide(third, { type: 'approveReturn', assignmentId: 1 }, dispatcher, NOW));
    expect(events[0]).toMatchObject({ data: { failedDispatchRounds: 3, designationRequired: true } });
  });

  it("approving an assist's return only removes the assist", () => {
    const { next } = accepted(decide(withAssist('handling', 'return_requested'), { type: 'approveReturn', assignmentId: 2 }, dispatcher, NOW));
    expect(next.status).toBe('handling');
    expect(next.failedDispatchRounds).toBe(0);
    expect(next.assignments.map((a) => a.status)).toEqual(['handling', 'returned']);
  });

  it('rejecting puts an unsigned unit to work with its deadlines unchanged', () => {
    const unsigned = assignment({ status: 'return_requested', signedAt: null });
    const { next } = accepted(
      decide(ticket('return_requested', [unsigned]), { type: 'rejectReturn', assignmentId: 1, reason: 'Your district.' }, dispatcher, NOW),
    );
    expect(next.status).toBe('handling');
    expect(next.assignments[0]).toEqual({ ...unsigned, status: 'handling' });
  });

  it('rejecting needs a reason', () => {
    expect(outcome(decide(ticketIn('return_requested'), { type: 'rejectReturn', assignmentId: 1, reason: '' }, dispatcher, NOW))).toBe(
      'reason_required',
    );
  });

  it('refuses an assignment the ticket does not have', () => {
    expect(outcome(decide(ticketIn('return_requested'), { type: 'approveReturn', assignmentId: 9 }, dispatcher, NOW))).toBe(
      'unknown_assignment',
    );
  });
});

describe('three failed rounds, then the centre designates (指定派单)', () => {
  it('refuses a fourth plain dispatch and accepts a designation', () => {
    let snapshot = ticketIn('registered');
    for (let round = 1; round <= 3; round++) {
      const unitId = 500 + round;
      snapshot = store(accepted(decide(snapshot, { type: 'dispatch', primary: dispatchTarget(unitId, 'district') }, dispatcher, NOW)).next);
      const id = snapshot.assignments.at(-1)?.id ?? 0;
      snapshot = accepted(decide(snapshot, requestReturn(undefined, id), actor('unit_handler', unitId), NOW)).next;
      snapshot = accepted(decide(snapshot, { type: 'approveReturn', assignmentId: id }, dispatcher, NOW)).next;
    }
    const fourth = { type: 'dispatch', primary: dispatchTarget(600, 'district') } as const;
    expect(outcome(decide(snapshot, fourth, dispatcher, NOW))).toBe('designation_required');
    expect(accepted(decide(snapshot, { ...fourth, designated: true }, dispatcher, NOW)).next.status).toBe('dispatched');
  });
});
