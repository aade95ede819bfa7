import type { Pool, PoolConnection } from 'mysql2/promise';

const DEADLOCK = 'ER_LOCK_DEADLOCK';

/**
 * Runs `work` in a transaction on a connection of the pool: committed, or rolled back and thrown. After
 * a deadlock it runs again, up to `deadlockRetries` times, each counted by `onDeadlock`, as the app's
 * own writers do.
 */
export async function inTransaction<T>(
  pool: Pool,
  work: (connection: PoolConnection) => Promise<T>,
  { deadlockRetries = 0, onDeadlock = () => undefined }: { deadlockRetries?: number; onDeadlock?: () => void } = {},
): Promise<T> {
  for (let left = deadlockRetries; ; left--) {
    const connection = await pool.getConnection();
    try {
      await connection.beginTransaction();
      const result = await work(connection);
      await connection.commit();
      return result;
    } catch (error) {
      await connection.rollback().catch(() => undefined);
      if ((error as { code?: string }).code !== DEADLOCK || left <= 0) throw error;
      onDeadlock();
    } finally {
      connection.release();
    }
  }
}
