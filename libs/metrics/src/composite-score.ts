import type { TicketRates } from './ticket-rates.js';

/** 综合评分的权重: how much each of the three rates weighs. A city's setting; they sum to 1. */
export interface ScoreWeights {
  readonly response: number;
  readonly resolution: number;
  readonly satisfaction: number;
}

/** 0.2 / 0.4 / 0.4 is in use; 0.3 / 0.35 / 0.35 is the other common choice. */
export const DEFAULT_SCORE_WEIGHTS: ScoreWeights = { response: 0.2, resolution: 0.4, satisfaction: 0.4 };

/**
 * 综合评分, 0–100: the weighted sum of the three rates. `null` when any of them has no cases — a
 * unit with no callback reached in the period is not scored rather than scored on its response alone.
 */
export function compositeScore(rates: TicketRates, weights: ScoreWeights): number | null {
  const { responseRate, resolutionRate, satisfactionRate } = rates;
  if (responseRate === null || resolutionRate === null || satisfactionRate === null) return null;
  const score = 100 * (weights.response * responseRate + weights.resolution * resolutionRate + weights.satisfaction * satisfactionRate);
  return Math.round(score * 100) / 100; // to 0.01 point, as bulletins print it; also hides float noise
}

/** 分档: 66号 asks that results be shown in bands, not as ranks alone. */
export const GRADES = ['excellent', 'good', 'pass', 'fail'] as const; // 优秀 / 良好 / 合格 / 不合格
export type Grade = (typeof GRADES)[number];

/** The lowest score of each band but the last. */
export const GRADE_FLOORS: Readonly<Record<Exclude<Grade, 'fail'>, number>> = { excellent: 90, good: 80, pass: 60 };

export function gradeOf(score: number): Grade {
  if (score >= GRADE_FLOORS.excellent) return 'excellent';
  if (score >= GRADE_FLOORS.good) return 'good';
  if (score >= GRADE_FLOORS.pass) return 'pass';
  return 'fail';
}
