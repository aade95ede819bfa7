import { describe, expect, it } from '@jest/globals';
import { daysFrom, dueTextOf, localDateOf, localDayOf, localTimeOf, localYearOf, monthDays } from './local-date.js';

describe('the local day of an instant (Asia/Shanghai, UTC+8)', () => {
  it.each([
    { instant: '2026-03-01T15:59:59.999Z', date: '2026-03-01', start: '2026-02-28T16:00:00.000Z', end: '2026-03-01T16:00:00.000Z' },
    { instant: '2026-03-01T16:00:00.000Z', date: '2026-03-02', start: '2026-03-01T16:00:00.000Z', end: '2026-03-02T16:00:00.000Z' },
    { instant: '2026-02-28T23:30:00.000Z', date: '2026-03-01', start: '2026-02-28T16:00:00.000Z', end: '2026-03-01T16:00:00.000Z' },
    { instant: '2028-02-28T16:00:00.000Z', date: '2028-02-29', start: '2028-02-28T16:00:00.000Z', end: '2028-02-29T16:00:00.000Z' },
  ])('$instant is $date, from $start to $end', ({ instant, date, start, end }) => {
    expect(localDateOf(new Date(instant))).toBe(date);
    const day = localDayOf(new Date(instant));
    expect([day.start.toISOString(), day.end.toISOString()]).toEqual([start, end]);
  });

  it.each([
    ['2026-12-31T15:59:59.999Z', 2026],
    ['2026-12-31T16:00:00.000Z', 2027],
  ])('%s is in %i', (instant, year) => {
    expect(localYearOf(new Date(instant))).toBe(year);
  });

  it.each([
    ['2026-11-23T01:15:42.120Z', '2026-11-23T09:15:42.120'],
    ['2026-11-23T16:00:00.000Z', '2026-11-24T00:00:00.000'],
  ])('%s is %s on the wall clock', (instant, local) => {
    expect(localTimeOf(new Date(instant))).toBe(local);
  });

  it.each([
    ['2026-03-05T16:00:00.000Z', '2026-03-05 24:00', 'midnight: the end of the day before'],
    ['2026-03-05T02:00:00.000Z', '2026-03-05 10:00', 'within a day'],
    ['2026-03-05T16:00:59.999Z', '2026-03-06 00:00', 'just after midnight'],
  ])('writes the due %s as %s (%s)', (instant, text) => {
    expect(dueTextOf(new Date(instant))).toBe(text);
  });
});

describe('days and months', () => {
  it.each([
    ['the same day', '2026-10-01', '2026-10-01', 0],
    ['across a month end', '2026-09-30', '2026-10-02', 2],
    ['backwards', '2026-10-02', '2026-09-30', -2],
    ['a leap year', '2028-01-01', '2029-01-01', 366],
  ])('daysFrom: %s', (_why, from, to, days) => {
    expect(daysFrom(from, to)).toBe(days);
  });

  it.each([
    ['2026-10', '2026-10-01', '2026-10-31'],
    ['2026-02', '2026-02-01', '2026-02-28'],
    ['2028-02', '2028-02-01', '2028-02-29'],
    ['2026-12', '2026-12-01', '2026-12-31'],
  ])('monthDays: %s', (month, from, to) => {
    expect(monthDays(month)).toEqual({ from, to });
  });
});
