import { describe, expect, it } from '@jest/globals';
import { DEFAULT_SCORE_WEIGHTS, compositeScore, gradeOf } from './composite-score.js';
import { ticketRates, type TicketRates } from './ticket-rates.js';
import { ZERO_UNIT_COUNTS, addUnitCounts, sumUnitCounts, type UnitCounts } from './unit-counts.js';

const counts = (some: Partial<UnitCounts>): UnitCounts => ({ ...ZERO_UNIT_COUNTS, ...some });
const rates = (some: Partial<TicketRates>): TicketRates => ({
  responseRate: null,
  resolutionRate: null,
  satisfactionRate: null,
  onTimeRate: null,
  returnRate: null,
  ...some,
});

describe('ticketRates: the figures of DOMAIN.md', () => {
  it.each<[string, Partial<UnitCounts>, Partial<TicketRates>]>([
    ['nothing happened: no rate, not 0 %', {}, {}],
    ['response: signed by the sign-due ÷ sign-dues that fell', { signDue: 8, signedInTime: 6 }, { responseRate: 0.75 }],
    ['resolution and satisfaction divide by callbacks reached only', { reached: 4, solved: 3, satisfied: 2, unreached: 6 }, { resolutionRate: 0.75, satisfactionRate: 0.5 }],
    ['callbacks that reached no one give no rate', { unreached: 5 }, {}],
    ['on time: replies by their (extended) due ÷ replies', { replies: 5, repliedInTime: 4 }, { onTimeRate: 0.8 }],
    ['return rate: returned ÷ dispatched', { dispatched: 20, returned: 1 }, { returnRate: 0.05 }],
  ])('%s', (_why, given, expected) => {
    expect(ticketRates(counts(given))).toEqual(rates(expected));
  });
});

describe('compositeScore: the weighted sum of the three rates, 0–100', () => {
  it.each<[string, Partial<TicketRates>, typeof DEFAULT_SCORE_WEIGHTS, number | null]>([
    ['all perfect', { responseRate: 1, resolutionRate: 1, satisfactionRate: 1 }, DEFAULT_SCORE_WEIGHTS, 100],
    ['0.2 / 0.4 / 0.4', { responseRate: 0.9, resolutionRate: 0.75, satisfactionRate: 0.5 }, DEFAULT_SCORE_WEIGHTS, 68],
    ['0.3 / 0.35 / 0.35', { responseRate: 0.9, resolutionRate: 0.75, satisfactionRate: 0.5 }, { response: 0.3, resolution: 0.35, satisfaction: 0.35 }, 70.75],
    ['rounded to 0.01 point', { responseRate: 2 / 3, resolutionRate: 2 / 3, satisfactionRate: 2 / 3 }, DEFAULT_SCORE_WEIGHTS, 66.67],
    ['on time and returns do not weigh', { responseRate: 1, resolutionRate: 1, satisfactionRate: 1, onTimeRate: 0, returnRate: 1 }, DEFAULT_SCORE_WEIGHTS, 100],
    ['no callback reached: not scored', { responseRate: 1 }, DEFAULT_SCORE_WEIGHTS, null],
    ['no sign-due fell: not scored', { resolutionRate: 1, satisfactionRate: 1 }, DEFAULT_SCORE_WEIGHTS, null],
  ])('%s', (_why, given, weights, expected) => {
    expect(compositeScore(rates(given), weights)).toBe(expected);
  });
});

describe('gradeOf: the bands', () => {
  it.each([
    [100, 'excellent'],
    [90, 'excellent'],
    [89.99, 'good'],
    [80, 'good'],
    [79.99, 'pass'],
    [60, 'pass'],
    [59.99, 'fail'],
    [0, 'fail'],
  ] as const)('%d is %s', (score, grade) => {
    expect(gradeOf(score)).toBe(grade);
  });
});

describe('UnitCounts add up across days and units', () => {
  it('field by field', () => {
    const day1 = counts({ signDue: 2, signedInTime: 1, reached: 1, solved: 1 });
    const day2 = counts({ signDue: 3, signedInTime: 3, unreached: 2 });
    expect(addUnitCounts(day1, day2)).toEqual(counts({ signDue: 5, signedInTime: 4, reached: 1, solved: 1, unreached: 2 }));
    expect(sumUnitCounts([day1, day2, ZERO_UNIT_COUNTS])).toEqual(addUnitCounts(day1, day2));
    expect(sumUnitCounts([])).toEqual(ZERO_UNIT_COUNTS);
  });
});
