import { describe, expect, it } from '@jest/globals';
import { POLICIES } from '#config/policies';
import { CALENDAR_2026, shanghai } from '../../calendar/src/testing/calendar-2026.js';
import type { AssignmentStatus, TicketStatus } from '#libs/domain';
import { assignmentTimerKinds, assignmentTimers, earlierTimerIds, stepOfTimer, ticketTimers, type AssignmentClock } from './timers.js';

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
