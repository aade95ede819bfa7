import { compositeScore, type ScoreWeights } from './composite-score.js';
import { ticketRates, type TicketRates } from './ticket-rates.js';
import { sumUnitCounts, type UnitCounts } from './unit-counts.js';

/** Counts, the rates made of them and, for first-round work, the composite score. */
export interface ScoredFigures {
  readonly counts: UnitCounts;
  readonly rates: TicketRates;
  readonly score: number | null;
}

/** A unit's or a tier's figures: first-round work scored; redo work (重办) counted apart, not scored. */
export interface RoundFigures extends ScoredFigures {
  readonly redo: { readonly counts: UnitCounts; readonly rates: TicketRates };
}

export const roundFigures = (firstRound: UnitCounts, redo: UnitCounts, weights: ScoreWeights): RoundFigures => {
  const rates = ticketRates(firstRound);
  return { counts: firstRound, rates, score: compositeScore(rates, weights), redo: { counts: redo, rates: ticketRates(redo) } };
};

/** Several units taken together (a tier): their counts summed, then scored as one. */
export const combinedFigures = (members: readonly RoundFigures[], weights: ScoreWeights): RoundFigures =>
  roundFigures(sumUnitCounts(members.map((member) => member.counts)), sumUnitCounts(members.map((member) => member.redo.counts)), weights);
