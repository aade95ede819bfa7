import { describe, expect, it } from '@jest/globals';
import { POLICIES } from '#config/policies';
import { CALENDAR_2026, shanghai } from '../../calendar/src/testing/calendar-2026.js';
import { escalationSchedule } from './escalation-schedule.js';

describe('escalationSchedule', () => {
  it('places the default ladder around a 15-working-day complaint dispatched before the Spring Festival', () => {
    const schedule = escalationSchedule(POLICIES.guangdong, CALENDAR_2026, shanghai('2026-02-13 16:00'), shanghai('2026-03-12 24:00'));
    expect(schedule.map(({ step, at }) => [step.name, at])).toEqual([
      ['warn', shanghai('2026-03-06 04:00')],
      ['overdue', shanghai('2026-03-12 24:00')],
      ['urging_notice', shanghai('2026-03-13 24:00')],
      ['supervise', shanghai('2026-03-16 24:00')],
      ['publicise', shanghai('2026-03-19 24:00')],
    ]);
  });
});
