import { describe, expect, it } from '@jest/globals';
import { beijingTime, planClock, shanghaiMidnight, simTarget } from './clock.ts';

const NOW = Date.parse('2026-11-23T10:00:00+08:00');
const MIN = 60_000;

describe('the simulated clock', () => {
  it.each([
    ['speed 1: the server’s clock', 1, null, NOW, null],
    ['speed 1 for a minute', 1, 60, NOW, NOW + MIN],
    ['speed 0.5 for a minute: half a simulated minute from now', 0.5, 60, NOW, NOW + MIN / 2],
    ['speed 10 for a minute: 10 simulated minutes ending a minute from now', 10, 60, NOW - 9 * MIN, NOW + MIN],
    ['speed 60 for 10 minutes: 10 hours, from 9 hours 50 minutes ago', 60, 600, NOW - 590 * MIN, NOW + 10 * MIN],
  ])('%s', (_case, speed, durationSeconds, start, end) => {
    expect(planClock({ serverNowMs: NOW, speed, durationSeconds })).toEqual({ speed, simStartMs: start, simEndMs: end });
  });

  it('a speed above 1 needs a duration', () => {
    expect(() => planClock({ serverNowMs: NOW, speed: 2, durationSeconds: null })).toThrow(/duration/);
  });

  it.each([1, 0.25, 10, 100])('at speed %d it never runs ahead of the server, nor past the run’s end', (speed) => {
    const plan = planClock({ serverNowMs: NOW, speed, durationSeconds: 120 });
    for (let elapsed = 0; elapsed <= 130_000; elapsed += 250) {
      const serverNow = NOW + elapsed;
      const target = simTarget(plan, elapsed, serverNow);
      expect(target).toBeLessThanOrEqual(serverNow);
      expect(target).toBeLessThanOrEqual(plan.simEndMs!);
      if (elapsed <= 120_000) expect(target).toBe(plan.simStartMs + Math.floor(speed * elapsed));
    }
  });

  it('a server clock that stalls holds the simulated one back', () => {
    const plan = planClock({ serverNowMs: NOW, speed: 1, durationSeconds: null });
    expect(simTarget(plan, 5_000, NOW + 3_000)).toBe(NOW + 3_000);
  });

  it.each([
    ['10:00 in Shanghai', '2026-11-23T02:00:00Z', '2026-11-22T16:00:00.000Z'],
    ['23:59:59 in Shanghai', '2026-11-23T15:59:59Z', '2026-11-22T16:00:00.000Z'],
    ['00:00 in Shanghai', '2026-11-23T16:00:00Z', '2026-11-23T16:00:00.000Z'],
  ])('midnight before %s', (_case, instant, midnight) => {
    expect(new Date(shanghaiMidnight(Date.parse(instant))).toISOString()).toBe(midnight);
  });

  it('prints Beijing time', () => {
    expect(beijingTime(Date.parse('2026-11-23T01:15:02.500Z'))).toBe('09:15:02');
  });
});
