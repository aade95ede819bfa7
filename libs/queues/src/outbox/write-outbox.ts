import type { EntityManager } from 'typeorm';
import { OutboxEntity } from '#libs/persistence';
import type { OutboxMessage } from './topics.js';

/**
 * Writes a message in the caller's transaction, so it exists exactly when the change it announces
 * does. Call `OutboxRelay.nudge()` after the commit to publish it at once rather than at the next poll.
 */
export async function writeOutbox(manager: EntityManager, message: OutboxMessage): Promise<void> {
  // Outside a transaction the row could outlive a rolled-back change, or the change lose its row.
  if (!manager.queryRunner?.isTransactionActive) throw new Error('writeOutbox must run inside a transaction');
  const { topic, aggregateId, payload } = message;
  // Spread: TypeORM's insert type refuses an interface (no index signature) for the JSON column.
  await manager.insert(OutboxEntity, { topic, aggregateId, payload: { ...payload } });
}
