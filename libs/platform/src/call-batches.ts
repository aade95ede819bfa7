import DataLoader from 'dataloader';

/**
 * Runs the calls made while the event loop is busy as one batch, so that one transaction and a few
 * multi-row statements serve them all: under load each call costs a fraction of its round trips, and
 * a call alone waits only for the loop's current turn. `run` answers every key in order, an Error
 * for a key that failed on its own.
 */
export function callBatches<K, V>(run: (keys: readonly K[]) => Promise<readonly (V | Error)[]>, maxBatchSize: number): DataLoader<K, V> {
  return new DataLoader<K, V>(run, { cache: false, maxBatchSize, batchScheduleFn: (callback) => setImmediate(callback) });
}
