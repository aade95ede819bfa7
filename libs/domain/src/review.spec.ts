import { describe, expect, it } from '@jest/globals';
import { NOW, accepted, actor, assignment, hoursFromNow, outcome, ticket } from './testing/fixtures.js';
import { decide } from './workflow.js';

const replied = ticket('replied', [assignment({ status: 'replied', repliedAt: hoursFromNow(-1), reply: { text: 'Done.', solved: true } })]);
const dispatcher = actor('dispatcher');

describe('reviewing the reply (审核)', () => {
  it('approving sends the ticket on to the callback', () => {
    const { next, events } = accepted(decide(replied, { type: 'reviewReply', decision: 'approve' }, dispatcher, NOW));
    expect(next.status).toBe('callback_pending');
    expect(next.assignments).toEqual(replied.assignments);
    expect(events[0]).toMatchObject({ type: 'reply_approved', assignment: { id: 1 } });
  });

  it('sending back (退回重办) puts the unit back to work with the clock still running', () => {
    const { next, events } = accepted(decide(replied, { type: 'reviewReply', decision: 'sendBack', reason: 'Does not answer.' }, dispatcher, NOW));
    expect(next.status).toBe('handling');
    expect(next.assignments[0]).toMatchObject({ status: 'handling', reply: null, repliedAt: null, replyDueAt: hoursFromNow(240) });
    expect(events[0]).toMatchObject({ type: 'reply_sent_back', note: 'Does not answer.' });
  });

  it('sending back needs a reason', () => {
    expect(outcome(decide(replied, { type: 'reviewReply', decision: 'sendBack', reason: ' ' }, dispatcher, NOW))).toBe('reason_required');
  });
});
