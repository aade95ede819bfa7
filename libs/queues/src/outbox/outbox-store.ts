import { In, type EntityManager } from 'typeorm';
import { OutboxEntity } from '#libs/persistence';

/** The outbox rows the relay works on; every function runs in the relay's transaction. */

export type ClaimedRow = Pick<OutboxEntity, 'id' | 'topic' | 'aggregateId' | 'payload'>;

/**
 * Locks up to `limit` unpublished rows of the given topics, oldest first, skipping rows another
 * relay holds, so several instances share the work without waiting for each other. A topic this
 * version does not know (a newer instance's, mid-deploy) is left for an instance that does.
 */
export const claimUnpublished = (manager: EntityManager, topics: readonly string[], limit: number): Promise<ClaimedRow[]> =>
  manager
    .getRepository(OutboxEntity)
    .createQueryBuilder('outbox')
    .select(['outbox.id', 'outbox.topic', 'outbox.aggregateId', 'outbox.payload'])
    .where('outbox.publishedAt IS NULL')
    .andWhere('outbox.topic IN (:...topics)', { topics })
    .orderBy('outbox.id')
    .limit(limit)
    .setLock('pessimistic_write')
    .setOnLocked('skip_locked')
    .getMany();

export async function markPublished(manager: EntityManager, ids: readonly number[], at: Date): Promise<void> {
  if (ids.length > 0) await manager.update(OutboxEntity, { id: In([...ids]) }, { publishedAt: at });
}

export async function countFailedAttempt(manager: EntityManager, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await manager
    .createQueryBuilder()
    .update(OutboxEntity)
    // The column is a SMALLINT: a days-long outage must not overflow it and fail the relay.
    .set({ attempts: () => 'LEAST(attempts + 1, 65535)' })
    .whereInIds([...ids])
    .execute();
}

/** Deletes up to `limit` rows published before `before`; returns how many it deleted. */
export async function purgePublished(manager: EntityManager, before: Date, limit: number): Promise<number> {
  const result: { affectedRows: number } = await manager.query('DELETE FROM outbox WHERE published_at < ? LIMIT ?', [before, limit]);
  return result.affectedRows;
}
