import { describe, expect, it } from '@jest/globals';
import type { CallbackResult } from './outcomes.js';
import { ASSIST_UNIT, DISSATISFIED_UNSOLVED, NOW, SATISFIED, accepted, actor, assignment, hoursFromNow, outcome, store, ticket } from './testing/fixtures.js';
import { decide } from './workflow.js';
import { callbackConsequence } from './callback.js';

const awaiting = ticket('callback_pending', [
  assignment({ status: 'replied' }),
  assignment({ id: 2, unitId: ASSIST_UNIT, role: 'assist', status: 'replied' }),
]);
const record = (result: CallbackResult) => decide(awaiting, { type: 'recordCallback', result }, actor('callback_agent'), NOW);

describe('recording the callback (回访)', () => {
  it('reopens when the citizen is dissatisfied and the problem is not solved', () => {
    const { next, events } = accepted(record(DISSATISFIED_UNSOLVED));
    expect(next.status).toBe('reopened');
    expect(events[0]).toMatchObject({ type: 'callback_recorded', data: { result: DISSATISFIED_UNSOLVED } });
  });

  it.each<[string, CallbackResult]>([
    ['satisfied and solved', SATISFIED],
    ['dissatisfied but partly solved', { reached: true, solved: 'partly_solved', satisfaction: 'dissatisfied' }],
    ['basically satisfied and not solved', { reached: true, solved: 'not_solved', satisfaction: 'basically_satisfied' }],
    ['not reached', { reached: false, miss: 'unreachable' }],
  ])('closes when %s', (_, result) => {
    expect(accepted(record(result)).next.status).toBe('closed');
  });

  it('closes every open assignment either way', () => {
    expect(accepted(record(SATISFIED)).next.assignments.map((a) => a.status)).toEqual(['closed', 'closed']);
    expect(accepted(record(DISSATISFIED_UNSOLVED)).next.assignments.map((a) => a.status)).toEqual(['closed', 'closed']);
  });
});

describe('callbackConsequence: what the result leads to', () => {
  const redoAwaiting = ticket('callback_pending', [assignment({ status: 'closed' }), assignment({ id: 3, status: 'replied', redo: true })]);
  it.each<[string, typeof awaiting, CallbackResult, string]>([
    ['satisfied: closed', awaiting, SATISFIED, 'closed'],
    ['not reached: closed', awaiting, { reached: false, miss: 'unreachable' }, 'closed'],
    ['dissatisfied but partly solved: closed', awaiting, { reached: true, solved: 'partly_solved', satisfaction: 'dissatisfied' }, 'closed'],
    ['dissatisfied and not solved: back to the unit', awaiting, DISSATISFIED_UNSOLVED, 'reopened'],
    ["dissatisfied and not solved after a redo: the centre's", redoAwaiting, DISSATISFIED_UNSOLVED, 'supervision'],
    ['satisfied after a redo: closed', redoAwaiting, SATISFIED, 'closed'],
  ])('%s', (_why, before, result, expected) => {
    expect(callbackConsequence(before, result)).toBe(expected);
  });
});

describe('waiving the callback (not drawn by the sample)', () => {
  it('closes the ticket and every open assignment, saying which share was called back', () => {
    const { next, events } = accepted(decide(awaiting, { type: 'waiveCallback', samplePercent: 30 }, actor('system'), NOW));
    expect(next.status).toBe('closed');
    expect(next.assignments.map((a) => a.status)).toEqual(['closed', 'closed']);
    expect(events[0]).toMatchObject({ type: 'callback_waived', fromStatus: 'callback_pending', toStatus: 'closed', data: { samplePercent: 30 } });
  });
});

describe('reopening (重办)', () => {
  const reopened = ticket('reopened', [assignment({ status: 'closed' }), assignment({ id: 2, unitId: ASSIST_UNIT, role: 'assist', status: 'closed' })]);
  const reopen = { type: 'reopen', signDueAt: hoursFromNow(24), replyDueAt: hoursFromNow(120) } as const;

  it('goes back to the same primary unit, as redo work with new deadlines', () => {
    const { next, events } = accepted(decide(reopened, reopen, actor('system'), NOW));
    expect(next.status).toBe('dispatched');
    expect(next.assignments[2]).toMatchObject({
      id: null,
      unitId: 100,
      role: 'primary',
      status: 'dispatched',
      redo: true,
      signDueAt: hoursFromNow(24),
      replyDueAt: hoursFromNow(120),
      returnWindowEndsAt: null,
    });
    expect(events[0]).toMatchObject({ type: 'reopened', data: { previousAssignmentId: 1 } });
  });

  it('sends a redo that failed again back under a supervision order (督办) when the centre gives its due and note', () => {
    const supervised = { ...reopen, note: ' 两次重办未解决，列入督办 ', supervisionDueAt: hoursFromNow(72) };
    const { next, events } = accepted(decide(reopened, supervised, actor('dispatcher'), NOW));
    expect(next.status).toBe('dispatched');
    expect(next.assignments[2]).toMatchObject({ unitId: 100, redo: true, status: 'dispatched' });
    expect(events.map((event) => event.type)).toEqual(['reopened', 'supervised']);
    expect(events[1]).toMatchObject({
      fromStatus: 'dispatched',
      toStatus: 'dispatched',
      assignment: { id: null, unitId: 100 },
      note: '两次重办未解决，列入督办',
      data: { dueAt: hoursFromNow(72) },
    });
    expect(events[0]).toMatchObject({ note: '两次重办未解决，列入督办' });
  });

  it.each([undefined, '  '])('refuses a supervision order with the note %j', (note) => {
    expect(outcome(decide(reopened, { ...reopen, note, supervisionDueAt: hoursFromNow(72) }, actor('dispatcher'), NOW))).toBe('reason_required');
  });

  it('is not open to a unit', () => {
    expect(outcome(decide(reopened, reopen, actor('unit_handler'), NOW))).toBe('forbidden_role');
  });

  it('cannot be returned by the unit', () => {
    const redo = store(accepted(decide(reopened, reopen, actor('system'), NOW)).next);
    expect(outcome(decide(redo, { type: 'requestReturn', assignmentId: 3, reason: 'Not ours.' }, actor('unit_handler'), NOW))).toBe(
      'not_returnable',
    );
  });
});
