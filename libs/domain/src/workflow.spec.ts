import { describe, expect, it } from '@jest/globals';
import type { Actor } from './actor.js';
import type { Command } from './commands.js';
import {
  DISSATISFIED_UNSOLVED,
  NOW,
  OTHER_UNIT,
  SATISFIED,
  accepted,
  actor,
  dispatchTarget,
  hoursFromNow,
  store,
  ticketIn,
} from './testing/fixtures.js';
import type { TicketSnapshot } from './ticket.js';
import { decide } from './workflow.js';

const deepFreeze = <T>(value: T): T => {
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
};

describe('one ticket through the workflow', () => {
  it('goes registered → dispatched → … → reopened → dispatched again → closed', () => {
    const unit = actor('unit_handler', OTHER_UNIT);
    const steps: [Command, Actor][] = [
      [{ type: 'dispatch', primary: dispatchTarget(OTHER_UNIT, 'district') }, actor('system')],
      [{ type: 'sign', assignmentId: 1 }, unit],
      [{ type: 'reply', assignmentId: 1, text: 'Done.', solved: true }, unit],
      [{ type: 'reviewReply', decision: 'approve' }, actor('dispatcher')],
      [{ type: 'recordCallback', result: DISSATISFIED_UNSOLVED }, actor('callback_agent')],
      [{ type: 'reopen', signDueAt: hoursFromNow(24), replyDueAt: hoursFromNow(120) }, actor('system')],
      [{ type: 'sign', assignmentId: 2 }, unit],
      [{ type: 'reply', assignmentId: 2, text: 'Done properly.', solved: true }, unit],
      [{ type: 'reviewReply', decision: 'approve' }, actor('dispatcher')],
      [{ type: 'recordCallback', result: SATISFIED }, actor('callback_agent')],
    ];
    let snapshot: TicketSnapshot = ticketIn('registered');
    const trail: string[] = [snapshot.status];
    for (const [command, by] of steps) {
      snapshot = store(accepted(decide(snapshot, command, by, NOW)).next);
      trail.push(snapshot.status);
    }
    expect(trail).toEqual([
      'registered',
      'dispatched',
      'handling',
      'replied',
      'callback_pending',
      'reopened',
      'dispatched',
      'handling',
      'replied',
      'callback_pending',
      'closed',
    ]);
    expect(snapshot.version).toBe(7 + steps.length);
    expect(snapshot.assignments.map((a) => [a.id, a.status, a.redo])).toEqual([
      [1, 'closed', false],
      [2, 'closed', true],
    ]);
  });

  it('never changes the snapshot it is given', () => {
    const handling = deepFreeze(ticketIn('handling'));
    const command: Command = { type: 'requestExtension', assignmentId: 1, days: 2, reason: 'Survey.' };
    expect(() => decide(handling, command, actor('unit_handler'), NOW)).not.toThrow();
    expect(handling.assignments[0]?.extensionRequest).toBeNull();
  });
});
