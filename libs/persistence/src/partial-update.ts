import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';

/**
 * A partial change (PATCH): writes the columns of the fields sent and leaves the others as they are
 * (null is sent on purpose: it clears); with nothing sent, no statement at all.
 */
export async function updateSentFields<Entity extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<Entity>,
  criteria: FindOptionsWhere<Entity>,
  change: QueryDeepPartialEntity<Entity>,
): Promise<void> {
  const sent = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined)) as QueryDeepPartialEntity<Entity>;
  if (Object.keys(sent).length > 0) await manager.update(entity, criteria, sent);
}
