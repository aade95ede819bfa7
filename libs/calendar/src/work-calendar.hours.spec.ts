import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { CALENDAR_2026, shanghai } from './testing/calendar-2026.js';
import { WorkCalendar } from './work-calendar.js';

const HOUR = 3_600_000;

describe('addNaturalHours and addNaturalMinutes: from the moment, 24×7', () => {
  it.each([
    { why: 'across midnight', from: '2026-01-12 23:30', hours: 1, due: '2026-01-13 00:30' },
    { why: 'across the new year', from: '2025-12-31 23:30', hours: 2, due: '2026-01-01 01:30' },
    { why: 'through a weekend', from: '2026-01-10 10:00', hours: 24, due: '2026-01-11 10:00' },
    { why: 'through a holiday', from: '2026-02-16 22:00', hours: 2, due: '2026-02-17 00:00' },
    { why: 'backwards', from: '2026-01-13 00:30', hours: -1, due: '2026-01-12 23:30' },
  ])('hours $why', ({ from, hours, due }) => {
    expect(CALENDAR_2026.addNaturalHours(shanghai(from), hours)).toEqual(shanghai(due));
  });

  it.each([
    { from: '2026-01-12 23:50', minutes: 15, due: '2026-01-13 00:05' },
    { from: '2026-02-15 03:00', minutes: 30, due: '2026-02-15 03:30' },
  ])('minutes: $from + $minutes', ({ from, minutes, due }) => {
    expect(CALENDAR_2026.addNaturalMinutes(shanghai(from), minutes)).toEqual(shanghai(due));
  });
});

describe('addWorkingHours: 09:00–12:00 and 13:30–17:30 on working days', () => {
  it.each([
    { why: 'across lunch', from: '2026-01-12 11:00', hours: 2, due: '2026-01-12 14:30' },
    { why: 'to the end of the morning, not the start of the afternoon', from: '2026-01-12 11:00', hours: 1, due: '2026-01-12 12:00' },
    { why: 'from lunch time', from: '2026-01-12 12:30', hours: 1, due: '2026-01-12 14:30' },
    { why: 'from before work', from: '2026-01-12 07:00', hours: 1, due: '2026-01-12 10:00' },
    { why: 'a whole working day', from: '2026-01-12 09:00', hours: 7, due: '2026-01-12 17:30' },
    { why: 'overnight', from: '2026-01-12 17:00', hours: 1, due: '2026-01-13 09:30' },
    { why: 'over a weekend', from: '2026-01-09 17:00', hours: 1, due: '2026-01-12 09:30' },
    { why: 'onto the make-up Saturday 14 Feb', from: '2026-02-13 17:00', hours: 2, due: '2026-02-14 10:30' },
    { why: 'over the Spring Festival', from: '2026-02-14 17:00', hours: 1, due: '2026-02-24 09:30' },
    { why: 'half an hour', from: '2026-01-12 11:45', hours: 0.5, due: '2026-01-12 13:45' },
    { why: '0 hours: the instant itself, even outside working hours', from: '2026-01-10 03:00', hours: 0, due: '2026-01-10 03:00' },
    { why: 'backwards overnight', from: '2026-01-13 09:30', hours: -1, due: '2026-01-12 17:00' },
    { why: 'backwards over lunch', from: '2026-01-12 14:30', hours: -2, due: '2026-01-12 11:00' },
  ])('$why', ({ from, hours, due }) => {
    expect(CALENDAR_2026.addWorkingHours(shanghai(from), hours)).toEqual(shanghai(due));
  });

  it('follows the working hours it is given', () => {
    const shifts = new WorkCalendar([], [{ start: '08:00', end: '20:00' }]);
    expect(shifts.addWorkingHours(shanghai('2026-01-12 19:00'), 2)).toEqual(shanghai('2026-01-13 09:00'));
  });
});

describe('workingTimeBetween', () => {
  it.each([
    { why: 'a whole working day', from: '2026-01-12 09:00', to: '2026-01-12 17:30', hours: 7 },
    { why: 'lunch does not count', from: '2026-01-12 11:00', to: '2026-01-12 14:30', hours: 2 },
    { why: 'nights and weekends do not count', from: '2026-01-09 17:00', to: '2026-01-12 09:30', hours: 1 },
    { why: 'a weekend alone', from: '2026-01-10 10:00', to: '2026-01-11 18:00', hours: 0 },
    { why: 'make-up Saturday in, Spring Festival out', from: '2026-02-13 09:00', to: '2026-02-24 09:00', hours: 14 },
    { why: 'the same instant', from: '2026-01-12 10:00', to: '2026-01-12 10:00', hours: 0 },
  ])('$why, and the negative of it the other way round', ({ from, to, hours }) => {
    expect(CALENDAR_2026.workingTimeBetween(shanghai(from), shanghai(to))).toBe(hours * HOUR);
    expect(CALENDAR_2026.workingTimeBetween(shanghai(to), shanghai(from))).toBe(0 - hours * HOUR);
  });

  it('measures exactly what addWorkingHours adds', () => {
    const instants = fc.date({ min: new Date('2025-12-01T00:00:00Z'), max: new Date('2026-12-01T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(instants, fc.integer({ min: 0, max: 200 * 60 }), (from, minutes) => {
        const due = CALENDAR_2026.addWorkingHours(from, minutes / 60);
        expect(CALENDAR_2026.workingTimeBetween(from, due)).toBe(minutes * 60_000);
      }),
    );
  });
});
