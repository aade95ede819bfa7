import { get } from '../../api/http';
import type { Tier } from '../codes/vocabulary';

/** The shapes GET /api/figures/* answers with (apps/callback/src/figures, libs/metrics). */

export { TIERS, type Tier } from '../codes/vocabulary';

export type Grade = 'excellent' | 'good' | 'pass' | 'fail';

/** Fractions from 0 to 1; null when there was nothing to divide by. */
export interface TicketRates {
  responseRate: number | null;
  resolutionRate: number | null;
  satisfactionRate: number | null;
  onTimeRate: number | null;
  returnRate: number | null;
}

export interface UnitCounts {
  signDue: number;
  signedInTime: number;
  replies: number;
  repliedInTime: number;
  dispatched: number;
  returned: number;
  reached: number;
  solved: number;
  satisfied: number;
  unreached: number;
}

interface Figures {
  counts: UnitCounts;
  rates: TicketRates;
}

export interface UnitFigures extends Figures {
  unitId: number;
  code: string;
  name: string;
  tier: Tier;
  score: number | null;
  redo: Figures;
}

export interface RankedUnit extends UnitFigures {
  rank: number | null;
  grade: Grade | null;
}

export interface TierFigures extends Figures {
  tier: Tier;
  score: number | null;
  redo: Figures;
}

/** One line of a figures table: a unit (ranked or not) or a whole tier. */
export interface FigureRow extends Figures {
  key: string;
  label: string;
  rank?: number | null;
  grade?: Grade | null;
  score: number | null;
}

export const RATE_NAMES = ['responseRate', 'resolutionRate', 'satisfactionRate', 'onTimeRate', 'returnRate'] as const;
/** The three rates the composite score is made of. */
export const THREE_RATES = RATE_NAMES.slice(0, 3);

export const percent = (rate: number | null | undefined): string => (rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`);

/** Today in the hotline's city, `YYYY-MM-DD` (Swedish dates are ISO-shaped). */
export const localToday = (): string => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

export const currentMonth = (): string => localToday().slice(0, 7);

/** A unit as a table row; a ranked unit keeps its rank and grade band. */
export const unitRow = (unit: UnitFigures | RankedUnit): FigureRow => ({
  key: String(unit.unitId),
  label: unit.name,
  score: unit.score,
  counts: unit.counts,
  rates: unit.rates,
  ...('rank' in unit && { rank: unit.rank, grade: unit.grade }),
});

/** 月度排名: a tier's units by composite score, in grade bands. */
export const fetchRanking = (month: string, tier: Tier) => get<RankedUnit[]>('/figures/ranking', { month, tier });
