import type { EntityManager } from 'typeorm';
import { OutboxEntity } from '#libs/persistence';
import type { OutboxMessage } from './topics.js';

/**
 * Writes messages in the caller's transaction, so they exist exactly when the change they announce
 * does; all of them in one INSERT. Call `OutboxRelay.nudge()` after the commit to publish them at once
 * rather than at the next poll.
 */
export async function writeOutbox(manager: EntityManager, ...messages: readonly OutboxMessage[]): Promise<void> {
  // Outside a transaction a row could outlive a rolled-back change, or the change lose its row.
  if (!manager.queryRunner?.isTransactionActive) throw new Error('writeOutbox must run inside a transaction');
  if (messages.length === 0) return;
  // Spread: TypeORM's insert type refuses an interface (no index signature) for the JSON column.
  await manager.insert(
    OutboxEntity,
    messages.map(({ topic, aggregateId, payload }) => ({ topic, aggregateId, payload: { ...payload } })),
  );
}
