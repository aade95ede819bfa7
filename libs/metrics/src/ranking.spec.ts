import { describe, expect, it } from '@jest/globals';
import { rankUnits, type Scored } from './ranking.js';

const unit = (unitId: number, name: string, score: number | null): Scored => ({ unitId, name, score });
const ranks = (units: Scored[]) => rankUnits(units).map(({ name, rank, grade }) => [name, rank, grade]);

describe('rankUnits: within a tier, by composite score', () => {
  it.each<[string, Scored[], unknown[]]>([
    ['none', [], []],
    [
      'the highest first, with bands',
      [unit(1, '乙', 72), unit(2, '甲', 95), unit(3, '丙', 85), unit(4, '丁', 40)],
      [['甲', 1, 'excellent'], ['丙', 2, 'good'], ['乙', 3, 'pass'], ['丁', 4, 'fail']],
    ],
    [
      'equal scores share a rank; the next rank skips',
      [unit(1, 'A', 90), unit(2, 'B', 80), unit(3, 'C', 90), unit(4, 'D', 70)],
      [['A', 1, 'excellent'], ['C', 1, 'excellent'], ['B', 3, 'good'], ['D', 4, 'pass']],
    ],
    [
      'unscored units come last, unranked, by name',
      [unit(1, 'Z', null), unit(2, 'Y', 61), unit(3, 'X', null)],
      [['Y', 1, 'pass'], ['X', null, null], ['Z', null, null]],
    ],
  ])('%s', (_why, units, expected) => {
    expect(ranks(units)).toEqual(expected);
  });

  it('keeps what it is given beside the rank', () => {
    const [first] = rankUnits([{ unitId: 7, name: 'A', score: 88, tier: 'street' }]);
    expect(first).toEqual({ unitId: 7, name: 'A', score: 88, tier: 'street', rank: 1, grade: 'good' });
  });
});
