import type { CtiEvent } from './cti-event.js';

/** An event's call and type, as a batch brings them or as the store gives them back. */
type EventKey = { readonly callId: string; readonly type: string };

const keyOf = ({ callId, type }: EventKey): string => `${callId}|${type}`;

/**
 * The events of a batch not seen before: the store keeps the first of each type per call, so an event
 * whose call and type it holds already, or that came earlier in the same batch, is a repeat.
 */
export function newEvents<E extends Pick<CtiEvent, 'callId' | 'type'>>(stored: Iterable<EventKey>, batch: readonly E[]): E[] {
  const seen = new Set([...stored].map(keyOf));
  return batch.filter((event) => {
    const key = keyOf(event);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
