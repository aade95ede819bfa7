import { describe, expect, it } from '@jest/globals';
import { POLICIES } from '#config/policies';
import { CALENDAR_2026, shanghai } from '../../calendar/src/testing/calendar-2026.js';
import type { WarningLevel } from '#libs/domain';
import { flagsAfterStep, warningAt } from './warning.js';

describe('warningAt: 75 % used or 1 working day left, whichever is earlier', () => {
  it.each([
    { why: 'a 15-day complaint: 75 % comes first', dispatchedAt: '2026-02-13 16:00', dueAt: '2026-03-12 24:00', yellow: '2026-03-06 04:00' },
    { why: 'a 2-day consultation: the last working day comes first', dispatchedAt: '2026-01-12 10:00', dueAt: '2026-01-14 24:00', yellow: '2026-01-13 24:00' },
    { why: 'over the Spring Festival only 24 Feb is left', dispatchedAt: '2026-02-13 16:00', dueAt: '2026-02-24 24:00', yellow: '2026-02-14 24:00' },
    { why: 'a 1-day limit from a working day: at the end of that day', dispatchedAt: '2026-01-12 10:00', dueAt: '2026-01-13 24:00', yellow: '2026-01-12 24:00' },
    { why: 'a 1-day limit from a Saturday: never more than a day left, so 75 % decides', dispatchedAt: '2026-01-10 10:00', dueAt: '2026-01-12 24:00', yellow: '2026-01-12 08:30' },
    { why: 'an urgent 24 hours: the due day is the last working day', dispatchedAt: '2026-01-14 14:00', dueAt: '2026-01-15 14:00', yellow: '2026-01-14 24:00' },
    { why: 'a critical 2 hours: 75 %', dispatchedAt: '2026-01-14 14:00', dueAt: '2026-01-14 16:00', yellow: '2026-01-14 15:30' },
  ])('$why', ({ dispatchedAt, dueAt, yellow }) => {
    expect(warningAt(POLICIES.guangdong, CALENDAR_2026, shanghai(dispatchedAt), shanghai(dueAt))).toEqual(shanghai(yellow));
  });
});

describe('flagsAfterStep: late is a flag, set by the ladder', () => {
  const due = shanghai('2026-03-12 24:00');
  it.each<[string, WarningLevel, string, { warningLevel: WarningLevel; overdue: boolean }]>([
    ['the warning step', 'none', '2026-03-06 04:00', { warningLevel: 'yellow', overdue: false }],
    ['a step before the due, already yellow', 'yellow', '2026-03-10 09:00', { warningLevel: 'yellow', overdue: false }],
    ['the overdue step, at the due itself', 'yellow', '2026-03-12 24:00', { warningLevel: 'red', overdue: true }],
    ['a step after the due, never warned', 'none', '2026-03-16 24:00', { warningLevel: 'red', overdue: true }],
    ['a step after the due, already red', 'red', '2026-03-19 24:00', { warningLevel: 'red', overdue: true }],
  ])('%s: %s → %j', (_case, current, now, flags) => {
    expect(flagsAfterStep(current, due, shanghai(now))).toEqual(flags);
  });
});
