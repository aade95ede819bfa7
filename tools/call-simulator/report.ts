/**
 * The line printed every few seconds: the simulator's own count beside the server's board
 * (GET /api/calls/stats, today), and whether they agree. The server's "today" may hold calls from
 * before the run, so its figures are taken as a difference from a baseline read at the start.
 */
import type { CallBoard } from '#libs/call-stats';
import type { CallFigures } from '#libs/metrics';
import { beijingTime } from './clock.ts';
import type { ModelCounts } from './model.ts';

export type Denominator = CallBoard['serviceLevelDenominator'];

/** The additive counts both sides can give; rates are made from them. */
export interface CallTotals {
  readonly offered: number;
  readonly answered: number;
  readonly abandoned: number;
  readonly answeredInTime: number;
  readonly answeredWaitMs: number;
}

export const ZERO_TOTALS: CallTotals = { offered: 0, answered: 0, abandoned: 0, answeredInTime: 0, answeredWaitMs: 0 };

export const totalsOfModel = (counts: ModelCounts): CallTotals => ({
  offered: counts.offered,
  answered: counts.answered,
  abandoned: counts.abandoned,
  answeredInTime: counts.answeredInTime,
  answeredWaitMs: counts.answeredWaitMs,
});

/** The counts behind the board's rates (it shows the service level and ASA, not their numerators). */
export function totalsOfFigures(figures: CallFigures, denominator: Denominator): CallTotals {
  return {
    offered: figures.offered,
    answered: figures.answered,
    abandoned: figures.abandoned,
    answeredInTime: Math.round((figures.serviceLevel ?? 0) * figures[denominator]),
    answeredWaitMs: Math.round((figures.asaSeconds ?? 0) * figures.answered * 1000),
  };
}

export const minus = (a: CallTotals, b: CallTotals): CallTotals => ({
  offered: a.offered - b.offered,
  answered: a.answered - b.answered,
  abandoned: a.abandoned - b.abandoned,
  answeredInTime: a.answeredInTime - b.answeredInTime,
  answeredWaitMs: a.answeredWaitMs - b.answeredWaitMs,
});

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);
const percent = (value: number | null): string => (value === null ? '–' : `${(value * 100).toFixed(1)}%`);

export function rates(totals: CallTotals, denominator: Denominator) {
  return {
    answerRate: ratio(totals.answered, totals.offered),
    serviceLevel: ratio(totals.answeredInTime, totals[denominator]),
    asaSeconds: ratio(totals.answeredWaitMs / 1000, totals.answered),
  };
}

/** The counts that differ, as `offered 118≠117`; empty when they agree (waits to the millisecond aside). */
export function differences(sim: CallTotals, server: CallTotals): string[] {
  const names = ['offered', 'answered', 'abandoned', 'answeredInTime'] as const;
  const differing = names.filter((name) => sim[name] !== server[name]).map((name) => `${name} ${sim[name]}≠${server[name]}`);
  // The board's ASA is rounded by nothing but floating point: a second in total is a real difference.
  if (Math.abs(sim.answeredWaitMs - server.answeredWaitMs) >= 1000) differing.push(`wait ${sim.answeredWaitMs}≠${server.answeredWaitMs} ms`);
  return differing;
}

export function describe(totals: CallTotals, waiting: number, denominator: Denominator): string {
  const { answerRate, serviceLevel, asaSeconds } = rates(totals, denominator);
  return (
    `offered ${totals.offered} answered ${totals.answered} abandoned ${totals.abandoned} waiting ${waiting} · ` +
    `answer rate ${percent(answerRate)} SL ${percent(serviceLevel)} ASA ${asaSeconds === null ? '–' : `${asaSeconds.toFixed(1)}s`}`
  );
}

export interface ReportInput {
  readonly simAtMs: number;
  readonly elapsedMs: number;
  readonly sim: CallTotals;
  readonly simWaiting: number;
  /** Null when the board could not be read; then `serverProblem` says why. */
  readonly server: CallTotals | null;
  readonly serverWaiting: number;
  readonly serverProblem?: string;
  readonly denominator: Denominator;
  readonly failed: number;
}

export function reportLine(input: ReportInput): string {
  const head = `[${beijingTime(input.simAtMs)} sim, +${Math.round(input.elapsedMs / 1000)}s]`;
  const sim = `simulator: ${describe(input.sim, input.simWaiting, input.denominator)}`;
  const failed = `failed requests ${input.failed}`;
  if (input.server === null) return `${head} ${sim} | server: not read (${input.serverProblem ?? 'unknown'}) | ${failed}`;
  const differing = differences(input.sim, input.server);
  const verdict = differing.length === 0 ? 'agree' : `DIFFER: ${differing.join(', ')}`;
  return `${head} ${sim} | server: ${describe(input.server, input.serverWaiting, input.denominator)} | ${failed} | ${verdict}`;
}
