import { describe, expect, it } from '@jest/globals';
import { POLICIES } from '#config/policies';
import { CALENDAR_2026, shanghai } from '../../calendar/src/testing/calendar-2026.js';
import type { AssignmentStatus, TicketStatus } from '#libs/domain';
import {
  assignmentTimerKinds,
  assignmentTimers,
  earlierTimerIds,
  firedKeyOf,
  ownerOfTimer,
  pendingTimer,
  stepOfTimer,
  ticketTimers,
  timerAfter,
  type AssignmentClock,
  type Timer,
} from './timers.js';

const policy = POLICIES.guangdong;

// Dispatched Monday 9 Nov 2026 10:00, sign-due Tue 24:00, reply-due (complaint, 15 working days) Mon 30 Nov 24:00.
const assignment = (status: AssignmentStatus): AssignmentClock => ({
  id: 41,
  version: 3,
  status,
  dispatchedAt: shanghai('2026-11-09 10:00'),
  signDueAt: shanghai('2026-11-10 24:00'),
  replyDueAt: shanghai('2026-11-30 24:00'),
});

const plan = (status: AssignmentStatus) => assignmentTimers(policy, CALENDAR_2026, assignment(status)).map((t) => [t.id, t.at.toISOString()]);

describe('assignmentTimers', () => {
  it('an unsigned assignment has its sign-due and the whole ladder, ids carrying the version', () => {
    expect(plan('dispatched')).toEqual([
      ['sign-due:41:3', shanghai('2026-11-10 24:00').toISOString()],
      ['step-warn:41:3', expect.any(String)],
      ['step-overdue:41:3', shanghai('2026-11-30 24:00').toISOString()],
      ['step-urging_notice:41:3', shanghai('2026-12-01 24:00').toISOString()],
      ['step-supervise:41:3', shanghai('2026-12-02 24:00').toISOString()],
      ['step-publicise:41:3', shanghai('2026-12-07 24:00').toISOString()],
    ]);
  });

  it('warns before the due, no later than one working day before it', () => {
    const warn = assignmentTimers(policy, CALENDAR_2026, assignment('handling')).find((t) => t.kind === 'step-warn')!;
    expect(warn.at.getTime()).toBeLessThanOrEqual(shanghai('2026-11-29 24:00').getTime());
    expect(warn.at.getTime()).toBeGreaterThan(shanghai('2026-11-09 10:00').getTime());
  });

  it.each<[AssignmentStatus, string[]]>([
    ['handling', ['step-warn', 'step-overdue', 'step-urging_notice', 'step-supervise', 'step-publicise']],
    ['return_requested', ['step-warn', 'step-overdue', 'step-urging_notice', 'step-supervise', 'step-publicise']], // the clock runs on
    ['replied', []],
    ['returned', []],
    ['closed', []],
  ])('%s → %j', (status, kinds) => {
    expect(assignmentTimers(policy, CALENDAR_2026, assignment(status)).map((t) => t.kind)).toEqual(kinds);
  });

  it('a new version plans new ids, the same version the same ids', () => {
    const again = assignmentTimers(policy, CALENDAR_2026, assignment('dispatched')).map((t) => t.id);
    const bumped = assignmentTimers(policy, CALENDAR_2026, { ...assignment('dispatched'), version: 4 }).map((t) => t.id);
    expect(again).toEqual(plan('dispatched').map(([id]) => id));
    expect(bumped.every((id) => id.endsWith(':41:4'))).toBe(true);
  });
});

describe('ticketTimers', () => {
  const due = shanghai('2026-11-10 10:00');
  it.each<[TicketStatus, string[]]>([
    ['registered', ['dispatch-due:7:2']],
    ['pending_dispatch', ['dispatch-due:7:2']],
    ['dispatched', []],
    ['closed', []],
  ])('%s → %j', (status, ids) => {
    expect(ticketTimers({ id: 7, version: 2, status, dispatchDueAt: due }).map((t) => t.id)).toEqual(ids);
  });

  it('a ticket without a dispatch-due has no timer', () => {
    expect(ticketTimers({ id: 7, version: 2, status: 'registered', dispatchDueAt: null })).toEqual([]);
  });
});

describe('assignmentTimerKinds: what a timer may still act on', () => {
  it.each<[AssignmentStatus, string[]]>([
    ['dispatched', ['sign-due', 'step-warn', 'step-overdue', 'step-urging_notice', 'step-supervise', 'step-publicise']],
    ['handling', ['step-warn', 'step-overdue', 'step-urging_notice', 'step-supervise', 'step-publicise']],
    ['return_requested', ['step-warn', 'step-overdue', 'step-urging_notice', 'step-supervise', 'step-publicise']],
    ['replied', []],
    ['returned', []],
    ['closed', []],
  ])('%s → %j', (status, kinds) => {
    expect(assignmentTimerKinds(policy, status)).toEqual(kinds);
  });
});

describe('stepOfTimer', () => {
  it.each([
    ['step-supervise', 'supervise'],
    ['step-warn', 'warn'],
    ['sign-due', undefined],
    ['dispatch-due', undefined],
    ['step-retired', undefined], // a step the policy no longer has
  ])('%s → %s', (kind, name) => {
    expect(stepOfTimer(policy, kind)?.name).toBe(name);
  });
});

describe('earlierTimerIds: what a plan removes once its subject has moved on', () => {
  it.each([
    { subject: 'ticket' as const, version: 4, count: 3, ids: ['dispatch-due:7:3', 'dispatch-due:7:2', 'dispatch-due:7:1'] },
    { subject: 'ticket' as const, version: 2, count: 3, ids: ['dispatch-due:7:1'] },
    { subject: 'ticket' as const, version: 1, count: 3, ids: [] },
    { subject: 'ticket' as const, version: 9, count: 0, ids: [] },
  ])('$subject at version $version, $count back → $ids', ({ subject, version, count, ids }) => {
    expect(earlierTimerIds(policy, subject, 7, version, count)).toEqual(ids);
  });

  it('an assignment: every kind it may have had, of each earlier version, never the current one', () => {
    const ids = earlierTimerIds(policy, 'assignment', 41, 3, 3);
    expect(ids).toEqual([
      ...['sign-due', 'step-warn', 'step-overdue', 'step-urging_notice', 'step-supervise', 'step-publicise'].map((kind) => `${kind}:41:2`),
      ...['sign-due', 'step-warn', 'step-overdue', 'step-urging_notice', 'step-supervise', 'step-publicise'].map((kind) => `${kind}:41:1`),
    ]);
    const current = assignmentTimers(policy, CALENDAR_2026, assignment('dispatched')).map((t) => t.id);
    expect(ids.filter((id) => current.includes(id))).toEqual([]);
  });
});

describe('the chain: one timer waits per subject, each fired one adds the next', () => {
  const timers = assignmentTimers(policy, CALENDAR_2026, assignment('dispatched'));
  const chain = ['sign-due', 'step-warn', 'step-overdue', 'step-urging_notice', 'step-supervise', 'step-publicise'].map((kind) => `${kind}:41:3`);

  const firedKey = (id: string) => timers.find((timer) => timer.id === id)!.firedKey;
  it.each<[string[], string | undefined]>([
    [[], 'sign-due:41:3'],
    [['sign-due:41:3'], 'step-warn:41:3'],
    [['sign-due:41:3', 'step-warn:41:3', 'step-overdue:41:3'], 'step-urging_notice:41:3'],
    [chain.slice(0, 5), 'step-publicise:41:3'],
    [chain, undefined],
  ])('fired %j → waits for %s', (fired, pending) => {
    expect(pendingTimer(timers, new Set(fired.map(firedKey)))?.id).toBe(pending);
  });

  it('a rung an earlier version fired at the same time counts as fired (not sent twice); one the change moved does not', () => {
    const signed = assignmentTimers(policy, CALENDAR_2026, { ...assignment('handling'), version: 4 });
    const firedBefore = new Set(['step-warn:41:3', 'step-overdue:41:3'].map(firedKey));
    expect(pendingTimer(signed, firedBefore)?.kind).toBe('step-urging_notice');
    const extended = assignmentTimers(policy, CALENDAR_2026, { ...assignment('handling'), version: 5, replyDueAt: shanghai('2026-12-07 24:00') });
    expect(pendingTimer(extended, firedBefore)?.kind).toBe('step-warn');
  });

  it('keys a fired rung by kind, subject and time', () => {
    expect(firedKeyOf('step-warn', 41, new Date(1_795_000_000_000))).toBe('step-warn:41@1795000000000');
    expect(firedKey('step-warn:41:3')).not.toBe(firedKey('step-overdue:41:3'));
  });

  it.each<[string, string | undefined]>([
    ['sign-due:41:3', 'step-warn:41:3'],
    ['step-warn:41:3', 'step-overdue:41:3'],
    ['step-supervise:41:3', 'step-publicise:41:3'],
    ['step-publicise:41:3', undefined], // the last rung
    ['step-warn:41:2', undefined], // another version's: its chain is not this one
  ])('after %s → %s', (id, next) => {
    expect(timerAfter(timers, id)?.id).toBe(next);
  });

  it('runs in the order the timers come due, not the order they are listed', () => {
    const at = (iso: string) => new Date(iso);
    const timerAt = (kind: string, iso: string): Timer => ({
      id: `${kind}:5:1`,
      kind,
      subject: 'assignment',
      subjectId: 5,
      version: 1,
      at: at(iso),
      firedKey: firedKeyOf(kind, 5, at(iso)),
    });
    const listed = [timerAt('sign-due', '2026-11-10T16:00:00Z'), timerAt('step-warn', '2026-11-10T12:00:00Z'), timerAt('step-overdue', '2026-11-10T16:00:00Z')];
    expect(pendingTimer(listed, new Set())?.id).toBe('step-warn:5:1');
    expect(timerAfter(listed, 'step-warn:5:1')?.id).toBe('sign-due:5:1');
    expect(timerAfter(listed, 'sign-due:5:1')?.id).toBe('step-overdue:5:1'); // a tie keeps the listed order
  });

  it.each([
    ['sign-due:41:3', { subject: 'assignment:41', version: 3 }],
    ['step-urging_notice:41:12', { subject: 'assignment:41', version: 12 }],
    ['dispatch-due:41:2', { subject: 'ticket:41', version: 2 }],
    ['plan-assignment:41:2', undefined], // a plan of the same queue (libs/queues planJobId), not a timer
    ['plan-ticket:7:1', undefined],
    ['sign-due:41', undefined],
    ['sign-due:abc:1', undefined],
  ])('the owner of %s is %j', (id, owner) => {
    expect(ownerOfTimer(id)).toEqual(owner);
  });
});
