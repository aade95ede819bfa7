import { describe, expect, it } from '@jest/globals';
import type { Command } from './commands.js';
import { DEFAULT_WORKFLOW_POLICY } from './policy.js';
import { NOW, OTHER_UNIT, STREET_UNIT, accepted, actor, assignment, hoursFromNow, outcome, ticket } from './testing/fixtures.js';
import type { Assignment } from './ticket.js';
import { decide } from './workflow.js';

const ask = (days = 3, reason = 'Survey needed.', assignmentId = 1): Command => ({ type: 'requestExtension', assignmentId, days, reason });
const handling = (overrides: Partial<Assignment> = {}) => ticket('handling', [assignment(overrides)]);
const pending = { days: 3, reason: 'Survey needed.', requestedAt: hoursFromNow(-1) };
const handler = actor('unit_handler');
const dispatcher = actor('dispatcher');

describe('requesting an extension (延期)', () => {
  it('sets the flag and leaves the ticket handling with its due unchanged', () => {
    const { next, events } = accepted(decide(handling(), ask(), handler, NOW));
    expect(next.status).toBe('handling');
    expect(next.assignments[0]).toMatchObject({ extensionRequest: { days: 3, reason: 'Survey needed.', requestedAt: NOW }, replyDueAt: hoursFromNow(240) });
    expect(events[0]).toMatchObject({ type: 'extension_requested', data: { days: 3 } });
  });

  it('is refused after the reply-due', () => {
    expect(outcome(decide(handling({ replyDueAt: new Date(NOW.getTime() - 1) }), ask(), handler, NOW))).toBe('extension_after_due');
  });

  it('is accepted at the reply-due itself', () => {
    expect(outcome(decide(handling({ replyDueAt: NOW }), ask(), handler, NOW))).toBe('accepted');
  });

  it('is refused when the days granted plus the days asked pass the cap', () => {
    expect(DEFAULT_WORKFLOW_POLICY.extensionCapWorkingDays).toBe(10);
    expect(outcome(decide(handling({ extensionDays: 8 }), ask(3), handler, NOW))).toBe('extension_cap_exceeded');
    expect(outcome(decide(handling({ extensionDays: 8 }), ask(2), handler, NOW))).toBe('accepted');
  });

  it("takes the cap from the city's policy", () => {
    const strict = { ...DEFAULT_WORKFLOW_POLICY, extensionCapWorkingDays: 5 };
    expect(outcome(decide(handling({ extensionDays: 3 }), ask(3), handler, NOW, strict))).toBe('extension_cap_exceeded');
    expect(outcome(decide(handling({ extensionDays: 3 }), ask(3), handler, NOW))).toBe('accepted');
  });

  it.each([0, -1, 1.5])('refuses %p days', (days) => {
    expect(outcome(decide(handling(), ask(days), handler, NOW))).toBe('invalid_extension_days');
  });

  it('needs a reason', () => {
    expect(outcome(decide(handling(), ask(3, ' '), handler, NOW))).toBe('reason_required');
  });

  it('is refused while another request is pending', () => {
    expect(outcome(decide(handling({ extensionRequest: pending }), ask(), handler, NOW))).toBe('invalid_state');
  });

  it("is refused on another unit's assignment", () => {
    expect(outcome(decide(handling(), ask(), actor('unit_handler', OTHER_UNIT), NOW))).toBe('not_your_unit');
  });

  it('lapses when the unit replies', () => {
    const reply: Command = { type: 'reply', assignmentId: 1, text: 'Done.', solved: true };
    expect(accepted(decide(handling({ extensionRequest: pending }), reply, handler, NOW)).next.assignments[0]?.extensionRequest).toBeNull();
  });
});

describe('deciding an extension', () => {
  it('approving moves the reply-due and counts the days', () => {
    const newDue = hoursFromNow(312);
    const { next, events } = accepted(
      decide(handling({ extensionDays: 2, extensionRequest: pending }), { type: 'approveExtension', assignmentId: 1, replyDueAt: newDue }, dispatcher, NOW),
    );
    expect(next.status).toBe('handling');
    expect(next.assignments[0]).toMatchObject({ replyDueAt: newDue, extensionDays: 5, extensionRequest: null });
    expect(events[0]).toMatchObject({ type: 'extension_approved', data: { days: 3, previousReplyDueAt: hoursFromNow(240), replyDueAt: newDue } });
  });

  it('rejecting clears the request and keeps the due', () => {
    const { next } = accepted(
      decide(handling({ extensionRequest: pending }), { type: 'rejectExtension', assignmentId: 1, reason: 'Simple matter.' }, dispatcher, NOW),
    );
    expect(next.assignments[0]).toMatchObject({ replyDueAt: hoursFromNow(240), extensionDays: 0, extensionRequest: null });
  });

  it('is refused when nothing is pending', () => {
    expect(outcome(decide(handling(), { type: 'approveExtension', assignmentId: 1, replyDueAt: hoursFromNow(300) }, dispatcher, NOW))).toBe(
      'invalid_state',
    );
  });

  it("keeps a sub-dispatched unit's new due inside its parent's", () => {
    const child = assignment({ id: 2, unitId: STREET_UNIT, unitTier: 'street', parentId: 1, replyDueAt: hoursFromNow(100), extensionRequest: pending });
    const withChild = ticket('handling', [assignment(), child]);
    const approve = (replyDueAt: Date): Command => ({ type: 'approveExtension', assignmentId: 2, replyDueAt });
    expect(outcome(decide(withChild, approve(hoursFromNow(241)), dispatcher, NOW))).toBe('child_due_after_parent');
    expect(outcome(decide(withChild, approve(hoursFromNow(240)), dispatcher, NOW))).toBe('accepted');
  });
});
