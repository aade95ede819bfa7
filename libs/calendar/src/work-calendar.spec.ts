import { describe, expect, it } from '@jest/globals';
import type { CalendarOverride } from './overrides.js';
import { CALENDAR_2026, shanghai } from './testing/calendar-2026.js';
import { WorkCalendar } from './work-calendar.js';

describe('isWorkingDay', () => {
  it.each([
    ['2026-01-01', false, 'New Year'],
    ['2026-01-04', true, 'Sunday worked for New Year'],
    ['2026-01-05', true, 'a Monday'],
    ['2026-01-10', false, 'a Saturday'],
    ['2026-02-13', true, 'the Friday before the Spring Festival'],
    ['2026-02-14', true, 'Saturday worked for the Spring Festival'],
    ['2026-02-15', false, 'first day of the Spring Festival, a Sunday'],
    ['2026-02-18', false, 'Spring Festival, a Wednesday'],
    ['2026-02-23', false, 'last day of the Spring Festival, a Monday'],
    ['2026-02-24', true, 'back to work'],
    ['2026-02-28', true, 'Saturday worked for the Spring Festival'],
    ['2026-03-01', false, 'a Sunday'],
    ['2026-05-05', false, 'Labour Day, a Tuesday'],
    ['2026-05-09', true, 'Saturday worked for Labour Day'],
    ['2026-09-20', true, 'Sunday worked for National Day'],
    ['2026-10-07', false, 'National Day, a Wednesday'],
    ['2026-10-10', true, 'Saturday worked for National Day'],
    ['2026-10-11', false, 'a Sunday'],
  ])('%s is %s (%s)', (date, working) => {
    expect(CALENDAR_2026.isWorkingDay(date)).toBe(working);
  });

  it('refuses what is not a date', () => {
    expect(() => CALENDAR_2026.isWorkingDay('2026-2-3')).toThrow(RangeError);
  });
});

describe('localDate: Asia/Shanghai, UTC+8', () => {
  it.each([
    ['2026-02-13T15:59:59.999Z', '2026-02-13'],
    ['2026-02-13T16:00:00.000Z', '2026-02-14'],
    ['2025-12-31T16:00:00.000Z', '2026-01-01'],
  ])('%s is on %s', (instant, date) => {
    expect(CALENDAR_2026.localDate(new Date(instant))).toBe(date);
  });
});

describe('nextWorkingDayStart', () => {
  it.each([
    { why: 'a due at 24:00 Monday: Tuesday starts right then', at: '2026-01-12 24:00', start: '2026-01-13 00:00' },
    { why: 'a due in the middle of Wednesday', at: '2026-01-14 14:23', start: '2026-01-15 00:00' },
    { why: 'a due at 24:00 Friday', at: '2026-01-09 24:00', start: '2026-01-12 00:00' },
    { why: 'the make-up Saturday before the Spring Festival', at: '2026-02-13 24:00', start: '2026-02-14 00:00' },
    { why: 'over the Spring Festival', at: '2026-02-14 24:00', start: '2026-02-24 00:00' },
    { why: 'during National Day', at: '2026-10-03 10:00', start: '2026-10-08 00:00' },
  ])('$why', ({ at, start }) => {
    expect(CALENDAR_2026.nextWorkingDayStart(shanghai(at))).toEqual(shanghai(start));
  });
});

describe('construction', () => {
  it('without overrides, Monday to Friday work', () => {
    const plain = new WorkCalendar([]);
    expect(['2026-01-01', '2026-01-03', '2026-01-04'].map((date) => plain.isWorkingDay(date))).toEqual([true, false, false]);
  });

  // Rows as they might come out of the database, unchecked by the compiler.
  it.each<{ why: string; overrides: unknown }>([
    { why: 'an impossible date', overrides: [{ date: '2026-02-30', kind: 'holiday' }] },
    { why: 'a date listed twice', overrides: [{ date: '2026-02-14', kind: 'workday' }, { date: '2026-02-14', kind: 'holiday' }] },
    { why: 'an unknown kind', overrides: [{ date: '2026-02-14', kind: 'halfday' }] },
  ])('refuses $why', ({ overrides }) => {
    expect(() => new WorkCalendar(overrides as CalendarOverride[])).toThrow(RangeError);
  });

  it.each([
    { why: 'no working hours', hours: [] },
    { why: 'a reversed stretch', hours: [{ start: '12:00', end: '09:00' }] },
    { why: 'overlapping stretches', hours: [{ start: '09:00', end: '12:00' }, { start: '11:00', end: '17:00' }] },
    { why: 'a time past midnight', hours: [{ start: '09:00', end: '24:30' }] },
    { why: 'a time without minutes', hours: [{ start: '9', end: '17:00' }] },
  ])('refuses $why', ({ hours }) => {
    expect(() => new WorkCalendar([], hours)).toThrow(RangeError);
  });
});
