/** `part ÷ whole`, or `null` when there was nothing to divide by (a rate of no cases is not 0 %). */
export const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** Field by field, for records of counts that add up across periods and units. */
export function combineCounts<T extends object>(a: T, b: T, operation: (x: number, y: number) => number): T {
  const left = a as Record<string, number>;
  const right = b as Record<string, number>;
  return Object.fromEntries(Object.keys(left).map((name) => [name, operation(left[name]!, right[name]!)])) as T;
}
