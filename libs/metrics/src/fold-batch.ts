import { foldCall, type CallRecord, type CtiEvent } from '#libs/calls';
import type { CallExtras } from './call-contribution.js';
import { countedCall, countsMoved, type CountedCounts } from './counted-call.js';

export interface FoldedBatch {
  /** Each call the fresh events changed, as it stands now. */
  readonly records: ReadonlyMap<string, CallRecord>;
  /** What the running sums change by: each changed call's old contribution out, its new one in. */
  readonly changes: readonly CountedCounts[];
}

/**
 * A batch of new CTI events folded onto the events stored of their calls before it. A call with no
 * stored event is new: it had no contribution to take out. `extrasOf` says what else counts of a call
 * (its wrap-up, whether it was called back), which the events do not carry.
 */
export function foldBatch(stored: readonly CtiEvent[], fresh: readonly CtiEvent[], extrasOf: (callId: string) => CallExtras): FoldedBatch {
  const storedOf = Map.groupBy(stored, (event) => event.callId);
  const records = new Map<string, CallRecord>();
  const changes: CountedCounts[] = [];
  for (const [callId, added] of Map.groupBy(fresh, (event) => event.callId)) {
    const before = storedOf.get(callId) ?? [];
    const record = foldCall([...before, ...added]);
    const extras = extrasOf(callId);
    records.set(callId, record);
    changes.push(...countsMoved(before.length > 0 ? countedCall(foldCall(before), extras) : null, countedCall(record, extras)));
  }
  return { records, changes };
}
