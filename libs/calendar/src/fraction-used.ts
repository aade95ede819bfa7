/**
 * How much of the time from `start` to `due` has gone by at `now`, on the natural clock: 0 at the
 * start, 1 at the due, above 1 once overdue.
 */
export function fractionUsed(start: Date, due: Date, now: Date): number {
  const span = due.getTime() - start.getTime();
  if (!(span > 0)) throw new RangeError(`the due ${due.toISOString()} is not after the start ${start.toISOString()}`);
  return (now.getTime() - start.getTime()) / span;
}
