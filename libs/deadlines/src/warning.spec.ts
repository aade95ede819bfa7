import { describe, expect, it } from '@jest/globals';
import { POLICIES } from '#config/policies';
import { CALENDAR_2026, shanghai } from '../../calendar/src/testing/calendar-2026.js';
import { warningAt } from './warning.js';

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
