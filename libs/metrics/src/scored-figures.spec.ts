import { describe, expect, it } from '@jest/globals';
import { DEFAULT_SCORE_WEIGHTS } from './composite-score.js';
import { combinedFigures, roundFigures } from './scored-figures.js';
import { ZERO_UNIT_COUNTS, type UnitCounts } from './unit-counts.js';

const counts = (some: Partial<UnitCounts>): UnitCounts => ({ ...ZERO_UNIT_COUNTS, ...some });
const GOOD = counts({ signDue: 4, signedInTime: 4, reached: 2, solved: 2, satisfied: 2 });
const POOR = counts({ signDue: 4, signedInTime: 2, reached: 2, solved: 0, satisfied: 1 });

describe('roundFigures and combinedFigures: scored first-round work, redo apart', () => {
  it('scores the first round only; redo work has rates but no score', () => {
    const figures = roundFigures(POOR, GOOD, DEFAULT_SCORE_WEIGHTS);
    // 100 × (0.2 × 0.5 + 0.4 × 0 + 0.4 × 0.5)
    expect(figures.score).toBe(30);
    expect(figures.redo).toEqual({ counts: GOOD, rates: expect.objectContaining({ responseRate: 1, satisfactionRate: 1 }) });
    expect(figures.redo).not.toHaveProperty('score');
  });

  it('scores a tier on its summed counts, not on the mean of its units\' scores', () => {
    const tier = combinedFigures([roundFigures(GOOD, ZERO_UNIT_COUNTS, DEFAULT_SCORE_WEIGHTS), roundFigures(POOR, POOR, DEFAULT_SCORE_WEIGHTS)], DEFAULT_SCORE_WEIGHTS);
    expect(tier.counts).toEqual(counts({ signDue: 8, signedInTime: 6, reached: 4, solved: 2, satisfied: 3 }));
    // 100 × (0.2 × 6/8 + 0.4 × 2/4 + 0.4 × 3/4) = 15 + 20 + 30
    expect(tier.score).toBe(65);
    expect(tier.redo.counts).toEqual(POOR);
  });
});
