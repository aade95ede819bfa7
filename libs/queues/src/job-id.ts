/**
 * A deterministic job id, `{kind}:{id}:{generation}`. Adding a job whose id exists is silently
 * ignored, so publishing the same message twice yields one job, and a rescheduled timer must carry
 * a new generation (a version, a round) to be added at all.
 *
 * BullMQ 6 refuses ids that are integers, and ids with a colon unless they split into exactly three
 * parts (its source marks even that as due to become "no colon at all" in a later major): so the
 * shape is fixed here, in one place, and `kind` may not contain a colon.
 */
export function jobId(kind: string, id: number, generation: number): string {
  if (kind.includes(':')) throw new Error(`job kind "${kind}" must not contain ':'`);
  return `${kind}:${id}:${generation}`;
}
