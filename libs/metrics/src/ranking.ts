import { gradeOf, type Grade } from './composite-score.js';

export interface Scored {
  readonly unitId: number;
  readonly name: string;
  readonly score: number | null;
}

export type Ranked<T extends Scored> = T & { readonly rank: number | null; readonly grade: Grade | null };

/**
 * 排名: the highest score first; equal scores share a rank and the next rank skips (1, 2, 2, 4).
 * Units without a score come last, unranked and ungraded, by name.
 */
export function rankUnits<T extends Scored>(units: readonly T[]): Ranked<T>[] {
  const scored = units.filter((unit) => unit.score !== null).sort((a, b) => b.score! - a.score! || a.name.localeCompare(b.name, 'zh-CN'));
  const unscored = units.filter((unit) => unit.score === null).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  const ranked: Ranked<T>[] = [];
  scored.forEach((unit, index) => {
    const previous = ranked[index - 1];
    const rank = previous && previous.score === unit.score ? previous.rank : index + 1;
    ranked.push({ ...unit, rank, grade: gradeOf(unit.score!) });
  });
  return [...ranked, ...unscored.map((unit) => ({ ...unit, rank: null, grade: null }))];
}
