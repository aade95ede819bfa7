import { describe, expect, it } from '@jest/globals';
import { CALENDAR_2026, shanghai } from '../../calendar/src/testing/calendar-2026.js';
import { addLimit, limitBefore, naturalDays, naturalHours, naturalMinutes, workingDays, workingHours, type Limit } from './limit.js';

describe('addLimit: each unit counted its own way, from Friday 13 Feb 2026 16:00', () => {
  const from = shanghai('2026-02-13 16:00');

  it.each<[Limit, string]>([
    [workingDays(2), '2026-02-24 24:00'],
    [naturalDays(2), '2026-02-15 24:00'],
    [naturalHours(24), '2026-02-14 16:00'],
    [naturalMinutes(30), '2026-02-13 16:30'],
    [workingHours(2), '2026-02-14 09:30'],
  ])('%o → %s', (limit, due) => {
    expect(addLimit(CALENDAR_2026, from, limit)).toEqual(shanghai(due));
  });
});

describe('limitBefore: from when only the limit is left before a due at 24 Feb 2026 24:00', () => {
  const due = shanghai('2026-02-24 24:00');

  it.each<[Limit, string]>([
    [workingDays(1), '2026-02-14 24:00'],
    [naturalDays(1), '2026-02-23 24:00'],
    [naturalHours(2), '2026-02-24 22:00'],
    [naturalMinutes(30), '2026-02-24 23:30'],
    [workingHours(1), '2026-02-24 16:30'],
  ])('%o → %s', (limit, moment) => {
    expect(limitBefore(CALENDAR_2026, due, limit)).toEqual(shanghai(moment));
  });
});
