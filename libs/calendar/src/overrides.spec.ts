import { describe, expect, it } from '@jest/globals';
import { isWeekend, weekdayNameOf } from './local-date.js';
import { changesWeekdayRule, type OverrideKind } from './overrides.js';

describe('the weekday rule and the days that change it', () => {
  it.each<[string, string, boolean, OverrideKind, boolean]>([
    ['2026-10-01', 'Thursday', false, 'holiday', true], // National Day
    ['2026-10-01', 'Thursday', false, 'workday', false], // worked anyway
    ['2026-09-20', 'Sunday', true, 'workday', true], // a make-up working day (调休)
    ['2026-09-20', 'Sunday', true, 'holiday', false], // off anyway
    ['2026-02-14', 'Saturday', true, 'workday', true],
    ['2026-02-16', 'Monday', false, 'holiday', true],
  ])('%s, a %s (weekend %s): a %s changes it → %s', (date, name, weekend, kind, changes) => {
    expect(weekdayNameOf(date)).toBe(name);
    expect(isWeekend(date)).toBe(weekend);
    expect(changesWeekdayRule(date, kind)).toBe(changes);
  });
});
