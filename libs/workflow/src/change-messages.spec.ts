import { describe, expect, it } from '@jest/globals';
import { decide, type TicketStatus } from '#libs/domain';
import { NOW, accepted, actor, hoursFromNow, ticketIn } from '../../domain/src/testing/fixtures.js';
import { COLUMNS, type ColumnName } from '../../domain/src/testing/workflow-matrix.js';
import { changeMessages } from './change-messages.js';

/** The messages a command's decision announces, as `topic` or `topic subject`, for a ticket in `from`. */
function announced(from: TicketStatus, column: ColumnName, changed: { id: number; version: number }[]): string[] {
  const { actor, command, ...rest } = COLUMNS[column];
  const before = 'prepare' in rest ? rest.prepare(ticketIn(from)) : ticketIn(from);
  const { next, events } = accepted(decide(before, command, actor, NOW));
  return changeMessages({ id: 7, number: '2026030200007', status: from }, next, events, changed, events.map((event, index) => ({ id: 50 + index, assignmentId: event.assignment?.id ?? null }))).map((message) =>
    message.topic === 'deadlines.plan' ? `${message.topic} ${message.payload.subject}` : message.topic,
  );
}

describe('changeMessages: what a stored change announces', () => {
  it.each<[string, TicketStatus, ColumnName, { id: number; version: number }[], string[]]>([
    [
      'dispatched from the pool: the new assignment is planned, and the ticket leaves the pool',
      'pending_dispatch',
      'dispatch',
      [{ id: 2, version: 1 }],
      ['ticket.pushed', 'deadlines.plan assignment', 'deadlines.plan ticket'],
    ],
    ['signed: the assignment is planned again', 'dispatched', 'sign', [{ id: 1, version: 2 }], ['ticket.pushed', 'deadlines.plan assignment']],
    ['parked: the ticket enters the pool, whose clock it runs on', 'registered', 'park', [], ['ticket.pushed', 'deadlines.plan ticket']],
    ['a reply approved: its callback opens', 'replied', 'reviewReply:approve', [], ['ticket.pushed', 'callback.open']],
    ['a callback recorded: the consoles hear of it', 'callback_pending', 'recordCallback:satisfied', [{ id: 1, version: 3 }], ['ticket.pushed', 'deadlines.plan assignment']],
    ['urged: the unit gets a notice, and no timer changes', 'handling', 'urge', [], ['ticket.pushed', 'notice.send']],
    ['supervised: the unit gets a notice', 'return_requested', 'supervise', [], ['ticket.pushed', 'notice.send']],
  ])('%s', (_why, from, column, changed, expected) => {
    expect(announced(from, column, changed)).toEqual(expected);
  });

  it('gives the callback the approval time and the version it waits at, and pushes to every unit on the ticket', () => {
    const before = ticketIn('replied');
    const { actor, command } = COLUMNS['reviewReply:approve'];
    const { next, events } = accepted(decide(before, command, actor, NOW));
    const [push, open] = changeMessages({ id: 7, number: '2026030200007', status: 'replied' }, next, events, [], [{ id: 50, assignmentId: 1 }]);
    expect(open).toEqual({ topic: 'callback.open', aggregateId: 7, payload: { ticketId: 7, version: next.version, approvedAt: NOW.getTime() } });
    expect(push).toMatchObject({
      topic: 'ticket.pushed',
      payload: { ticketId: 7, number: '2026030200007', events: ['reply_approved'], status: 'callback_pending', unitIds: [before.assignments[0]!.unitId] },
    });
  });

  it.each<[ColumnName, string, string]>([
    ['urge', '催办：工单 2026030200007', 'Please reply today.'],
    // The column's due, 72 hours from 10:00 on Monday 2 March: Thursday at 10:00, Beijing time.
    ['supervise', '督办通知：工单 2026030200007', '督办时限 2026-03-05 10:00'],
  ])('tells the unit of the %s, naming the event, the assignment and the note or due', (column, title, words) => {
    const before = ticketIn('handling');
    const { actor, command } = COLUMNS[column];
    const { next, events } = accepted(decide(before, command, actor, NOW));
    const notice = changeMessages({ id: 7, number: '2026030200007', status: 'handling' }, next, events, [], [{ id: 50, assignmentId: 1 }]).find((message) => message.topic === 'notice.send');
    expect(notice).toMatchObject({
      aggregateId: 7,
      payload: { eventId: 50, unitId: before.assignments[0]!.unitId, ticketId: 7, assignmentId: 1, kind: events[0]!.type, title },
    });
    expect(notice?.topic === 'notice.send' && notice.payload.body).toContain(words);
  });

  it('writes a due at the end of a day as 24:00 of that day', () => {
    const { actor } = COLUMNS.supervise;
    const endOfThursday = new Date('2026-03-05T16:00:00.000Z'); // 00:00 on Friday in Beijing
    const command = { type: 'supervise', assignmentId: 1, note: 'Supervised.', dueAt: endOfThursday, previousAt: null } as const;
    const { next, events } = accepted(decide(ticketIn('handling'), command, actor, NOW));
    const [, notice] = changeMessages({ id: 7, number: '2026030200007', status: 'handling' }, next, events, [], [{ id: 50, assignmentId: 1 }]);
    expect(notice?.topic === 'notice.send' && notice.payload.body).toContain('督办时限 2026-03-05 24:00');
  });

  it('tells the unit of a supervised redo, naming the assignment the reopening inserted', () => {
    const command = { type: 'reopen', signDueAt: hoursFromNow(24), replyDueAt: hoursFromNow(120), note: '列入督办', supervisionDueAt: hoursFromNow(72) } as const;
    const { next, events } = accepted(decide(ticketIn('reopened'), command, actor('dispatcher'), NOW));
    // The new assignment's id is known once inserted: the stored events carry it.
    const stored = [{ id: 50, assignmentId: 9 }, { id: 51, assignmentId: 9 }];
    const notices = changeMessages({ id: 7, number: '2026030200007', status: 'reopened' }, next, events, [{ id: 9, version: 1 }], stored).filter(
      (message) => message.topic === 'notice.send',
    );
    expect(notices).toEqual([expect.objectContaining({ payload: expect.objectContaining({ eventId: 51, assignmentId: 9, kind: 'supervised' }) })]);
  });
});
