import { describe, expect, it } from '@jest/globals';
import type { CallFigures } from '#libs/metrics';
import { differences, minus, rates, reportLine, totalsOfFigures, type CallTotals } from './report.ts';

const figures = (more: Partial<CallFigures>): CallFigures => ({
  answerRate: null,
  serviceLevel: null,
  abandonRate: null,
  shortAbandons: 0,
  asaSeconds: null,
  ahtSeconds: null,
  missedCallCallbackRate: null,
  offered: 0,
  answered: 0,
  abandoned: 0,
  ...more,
});
const totals: CallTotals = { offered: 120, answered: 100, abandoned: 15, answeredInTime: 90, answeredWaitMs: 250_000 };

describe('the comparison with the server', () => {
  it.each([
    ['service level of offered calls', 'offered', figures({ offered: 120, answered: 100, abandoned: 15, serviceLevel: 90 / 120, asaSeconds: 2.5 })],
    ['service level of answered calls', 'answered', figures({ offered: 120, answered: 100, abandoned: 15, serviceLevel: 90 / 100, asaSeconds: 2.5 })],
  ] as const)('the counts behind the board’s rates: %s', (_case, denominator, board) => {
    expect(totalsOfFigures(board, denominator)).toEqual(totals);
  });

  it('an empty board counts nothing', () => {
    expect(totalsOfFigures(figures({}), 'offered')).toEqual({ offered: 0, answered: 0, abandoned: 0, answeredInTime: 0, answeredWaitMs: 0 });
  });

  it('the run’s part of the day: today less the baseline', () => {
    expect(minus(totals, { offered: 20, answered: 10, abandoned: 5, answeredInTime: 10, answeredWaitMs: 50_000 })).toEqual({
      offered: 100,
      answered: 90,
      abandoned: 10,
      answeredInTime: 80,
      answeredWaitMs: 200_000,
    });
  });

  it.each([
    ['the same', totals, []],
    ['waits a few ms apart (floating point)', { ...totals, answeredWaitMs: 250_002 }, []],
    ['one offer missing', { ...totals, offered: 119 }, ['offered 120≠119']],
    ['answers and waits apart', { ...totals, answered: 99, answeredWaitMs: 240_000 }, ['answered 100≠99', 'wait 250000≠240000 ms']],
  ])('differences: %s', (_case, server, expected) => {
    expect(differences(totals, server)).toEqual(expected);
  });

  it('rates, as DOMAIN.md defines them', () => {
    expect(rates(totals, 'offered')).toEqual({ answerRate: 100 / 120, serviceLevel: 90 / 120, asaSeconds: 2.5 });
    expect(rates({ ...totals, offered: 0, answered: 0 }, 'answered')).toEqual({ answerRate: null, serviceLevel: null, asaSeconds: null });
  });

  it.each([
    ['agreeing', totals, 'failed requests 0 | agree'],
    ['differing', { ...totals, abandoned: 14 }, 'DIFFER: abandoned 15≠14'],
    ['the board not read', null, 'server: not read (HTTP 502)'],
  ])('the line, %s', (_case, server, tail) => {
    const line = reportLine({
      simAtMs: Date.parse('2026-11-23T01:15:02Z'),
      elapsedMs: 10_000,
      sim: totals,
      simWaiting: 5,
      server,
      serverWaiting: 5,
      serverProblem: 'HTTP 502',
      denominator: 'offered',
      failed: 0,
    });
    expect(line).toContain('[09:15:02 sim, +10s] simulator: offered 120 answered 100 abandoned 15 waiting 5 · answer rate 83.3% SL 75.0% ASA 2.5s');
    expect(line).toContain(tail);
  });
});
