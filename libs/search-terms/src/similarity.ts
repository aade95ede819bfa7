import { grams } from './search-terms.js';

/** The distinct grams of a text that say something: bigrams and words, not the lone last characters. */
const gramSet = (text: string): Set<string> => new Set(grams(text).filter((gram) => !gram.single).map((gram) => gram.text));

/**
 * How alike two texts are, from 0 to 1: the Dice coefficient of their gram sets. Order and repeats do
 * not count, so a complaint told in other words about the same 路灯 at the same 小区 still scores well.
 */
export function textSimilarity(a: string, b: string): number {
  const left = gramSet(a);
  const right = gramSet(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared++;
  return (2 * shared) / (left.size + right.size);
}

/** The candidates at least `min` alike `text`, most alike first (ties in the order given), at most `limit`. */
export function mostSimilar<T>(
  text: string,
  candidates: readonly T[],
  textOf: (candidate: T) => string,
  { min, limit }: { min: number; limit: number },
): { candidate: T; similarity: number }[] {
  return candidates
    .map((candidate) => ({ candidate, similarity: textSimilarity(text, textOf(candidate)) }))
    .filter(({ similarity }) => similarity >= min)
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, limit);
}
