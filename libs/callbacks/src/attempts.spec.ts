import { describe, expect, it } from '@jest/globals';
import { POLICIES } from '#config/policies';
import { CALENDAR_2026, shanghai } from '../../calendar/src/testing/calendar-2026.js';
import { afterMissedAttempt, callbackDueAt } from './attempts.js';

const { guangdong, drill } = POLICIES;

describe('afterMissedAttempt: three attempts at least two hours apart, then unreachable', () => {
  it.each([
    ['the first miss', 1, '2026-11-23 10:00', { kind: 'retry', at: shanghai('2026-11-23 12:00') }],
    ['the second miss, late in the evening: natural hours', 2, '2026-11-23 23:30', { kind: 'retry', at: shanghai('2026-11-24 01:30') }],
    ['the third miss', 3, '2026-11-23 10:00', { kind: 'unreachable' }],
    ['past the limit (a retried job)', 4, '2026-11-23 10:00', { kind: 'unreachable' }],
  ] as const)('%s', (_why, attemptsMade, now, expected) => {
    expect(afterMissedAttempt(guangdong, CALENDAR_2026, attemptsMade, shanghai(now))).toEqual(expected);
  });
});

describe('callbackDueAt: counted from the approved reply', () => {
  it.each([
    ['Guangdong, 2 working days, over a weekend', guangdong, '2026-11-20 15:00', '2026-11-24 24:00'],
    ['Guangdong, 2 working days, over National Day (1–7 October off)', guangdong, '2026-09-30 10:00', '2026-10-09 24:00'],
  ] as const)('%s', (_why, policy, approvedAt, due) => {
    expect(callbackDueAt(policy, CALENDAR_2026, shanghai(approvedAt))).toEqual(shanghai(due));
  });

  it('runs on seconds in the drill profile', () => {
    const approvedAt = shanghai('2026-11-20 15:00');
    expect(callbackDueAt(drill, CALENDAR_2026, approvedAt).getTime() - approvedAt.getTime()).toBe(8_000);
  });
});
