import { describe, expect, it } from '@jest/globals';
import { BUSY_HOUR } from './draw-settings.fixture.ts';
import { randomDraws, type DrawSettings } from './draws.ts';
import { seededRandom } from './random.ts';

const N = 50_000;
const meanOf = (draw: () => number): number => Array.from({ length: N }, draw).reduce((sum, value) => sum + value, 0) / N;

describe('randomDraws', () => {
  it.each<[string, Partial<DrawSettings>, (draws: ReturnType<typeof randomDraws>) => number, number]>([
    ['inter-arrival time at 120 calls a minute: 0.5 s', {}, (draws) => draws.nextArrivalMs(), 500],
    ['inter-arrival time at 3 calls a minute: 20 s', { callsPerMinute: 3 }, (draws) => draws.nextArrivalMs(), 20_000],
    ['patience', {}, (draws) => draws.patienceMs(), 60_000],
    ['talk, log-normal', {}, (draws) => draws.talkMs(), 180_000],
    ['talk, exponential', { talkDistribution: 'exponential' }, (draws) => draws.talkMs(), 180_000],
    ['after-call work', {}, (draws) => draws.wrapUpMs(), 30_000],
    ['transfers', {}, (draws) => (draws.followUp() === 'transfer' ? 1 : 0), 0.02],
    ['tickets (of the calls not transferred)', {}, (draws) => (draws.followUp() === 'ticket' ? 1 : 0), 0.98 * 0.6],
  ])('%s: the mean asked for', (_what, settings, draw, expected) => {
    const draws = randomDraws(seededRandom(11), { ...BUSY_HOUR, ...settings });
    expect(Math.abs(meanOf(() => draw(draws)) / expected - 1)).toBeLessThan(expected < 0.1 ? 0.1 : 0.03);
  });

  it('durations are whole milliseconds; a talk lasts at least 1 ms; a transfer falls inside its talk', () => {
    const draws = randomDraws(seededRandom(5), { ...BUSY_HOUR, talkSeconds: 0.001 });
    for (let index = 0; index < 1000; index++) {
      const talk = draws.talkMs();
      expect(talk).toBeGreaterThanOrEqual(1);
      expect(Number.isInteger(talk) && Number.isInteger(draws.patienceMs()) && Number.isInteger(draws.nextArrivalMs())).toBe(true);
      const after = randomDraws(seededRandom(index), BUSY_HOUR).transferAfterMs(100_000);
      expect(after).toBeGreaterThanOrEqual(20_000);
      expect(after).toBeLessThanOrEqual(80_000);
    }
  });

  it('caller numbers are mobile numbers, as the CTI events take them', () => {
    const draws = randomDraws(seededRandom(9), BUSY_HOUR);
    for (let index = 0; index < 100; index++) expect(draws.callerNumber()).toMatch(/^1[35789]\d{9}$/);
  });

  it('no after-call work: ready at once', () => {
    expect(randomDraws(seededRandom(1), { ...BUSY_HOUR, wrapUpSeconds: 0 }).wrapUpMs()).toBe(0);
  });
});
