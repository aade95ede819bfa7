import { describe, expect, it } from '@jest/globals';
import { between, chance, exponential, logNormal, pick, seededRandom, seedOf, weighted } from './random.ts';

const mean = (draw: () => number, n = 100_000): number => {
  let sum = 0;
  for (let index = 0; index < n; index++) sum += draw();
  return sum / n;
};

describe('seeded randomness', () => {
  it('a seed gives the same stream; another seed another', () => {
    const take = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
  });

  it('draws are in [0, 1) and spread evenly', () => {
    const rng = seededRandom(1);
    const draws = Array.from({ length: 100_000 }, rng);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    const tenths = Array.from({ length: 10 }, (_, tenth) => draws.filter((draw) => Math.floor(draw * 10) === tenth).length);
    for (const count of tenths) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });

  // FNV-1a's published test vectors ('', 'a', 'foobar'), and the two seeds seedOf's comment shows.
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
    ['42', 0x87e38583],
    ['demo', 0xaefd3536],
  ])('seedOf(%j) is a stable 32-bit number', (text, seed) => {
    const value = seedOf(text);
    expect(value).toBe(seed);
    expect(Number.isInteger(value) && value >= 0 && value < 2 ** 32).toBe(true);
  });

  it.each([
    ['exponential, mean 60', (rng: () => number) => exponential(rng, 60), 60],
    ['exponential, mean 0.5', (rng: () => number) => exponential(rng, 0.5), 0.5],
    ['log-normal, mean 180, σ 0.6', (rng: () => number) => logNormal(rng, 180, 0.6), 180],
    ['log-normal, mean 30, σ 1', (rng: () => number) => logNormal(rng, 30, 1), 30],
    ['uniform between 0.2 and 0.8', (rng: () => number) => between(rng, 0.2, 0.8), 0.5],
    ['chance of 0.02', (rng: () => number) => (chance(rng, 0.02) ? 1 : 0), 0.02],
  ])('%s has the mean asked for (within 2 %)', (_name, draw, expected) => {
    const rng = seededRandom(7);
    expect(Math.abs(mean(() => draw(rng)) / expected - 1)).toBeLessThan(0.02 + (expected < 0.1 ? 0.08 : 0));
  });

  it.each([
    ['exponential', (rng: () => number) => exponential(rng, 0)],
    ['log-normal', (rng: () => number) => logNormal(rng, 0, 0.6)],
  ])('%s with a mean of 0 draws 0', (_name, draw) => {
    expect(draw(seededRandom(1))).toBe(0);
  });

  it('pick and weighted choose among what they are given, as often as weighted', () => {
    const rng = seededRandom(3);
    const picks = Array.from({ length: 30_000 }, () => weighted(rng, [['a', 1], ['b', 2], ['c', 0]] as const));
    expect(picks.filter((value) => value === 'c')).toHaveLength(0);
    expect(Math.abs(picks.filter((value) => value === 'b').length / 30_000 - 2 / 3)).toBeLessThan(0.02);
    expect(['x', 'y']).toContain(pick(rng, ['x', 'y']));
    expect(() => pick(rng, [])).toThrow(RangeError);
  });
});
