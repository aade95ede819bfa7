import type { EntityManager } from 'typeorm';
import { applyMoves, type Presence, type PresenceMove, type PresenceState } from '#libs/calls';

/** The state of an operator's row while it only holds the lock: nobody outside the transaction sees it. */
const UNSEEN = 'unseen';

interface PresenceRow {
  userId: number;
  state: PresenceState | typeof UNSEEN;
  since: Date;
  callId: string | null;
}

/**
 * Moves operators inside the caller's transaction (`applyMoves` decides; this stores): the live rows,
 * and the log of stretches, the open one before them closed where the first new one starts. A handful
 * of statements however many moves: a CTI batch moves dozens of operators. The rows are locked in
 * user-id order, so that two batches cannot deadlock on them; an operator without a row gets one
 * first, as the call ledger does for calls, so that two batches naming them wait on the same row
 * rather than deadlock on the gap, and it is removed again if nothing moved them.
 * Returns where every operator named was before.
 */
export async function changePresences(manager: EntityManager, moves: readonly PresenceMove[]): Promise<ReadonlyMap<number, Presence>> {
  if (moves.length === 0) return new Map();
  const userIds = [...new Set(moves.map((move) => move.userId))].sort((a, b) => a - b);
  await manager.query('INSERT INTO operator_presence (user_id, state, since, call_id) VALUES ? ON DUPLICATE KEY UPDATE user_id = user_id', [
    userIds.map((userId) => [userId, UNSEEN, new Date(0), null]),
  ]);
  const rows: PresenceRow[] = await manager.query(
    'SELECT user_id AS userId, state, since, call_id AS callId FROM operator_presence WHERE user_id IN (?) ORDER BY user_id FOR UPDATE',
    [userIds],
  );
  const before = new Map<number, Presence>();
  for (const { userId, state, since, callId } of rows) if (state !== UNSEEN) before.set(Number(userId), { state, since, callId });
  const { now, stretches } = applyMoves(before, moves);

  if (now.size > 0) {
    await manager.query(
      'INSERT INTO operator_presence (user_id, state, since, call_id) VALUES ? ' +
        'ON DUPLICATE KEY UPDATE state = VALUES(state), since = VALUES(since), call_id = VALUES(call_id)',
      [[...now].map(([userId, { state, since, callId }]) => [userId, state, since, callId])],
    );
    // An operator's open stretch is the one their row's `since` opened (both are written together):
    // found by user and start on idx_presence_log_user_started, rather than by reading their whole log
    // for the one without an end, which grows with every call they take.
    const open = [...now.keys()].filter((userId) => before.has(userId));
    if (open.length > 0) {
      await manager.query(
        `UPDATE presence_log SET ended_at = CASE user_id ${open.map(() => 'WHEN ? THEN ?').join(' ')} END ` +
          `WHERE (user_id, started_at) IN (${open.map(() => '(?, ?)').join(', ')}) AND ended_at IS NULL`,
        [...open.flatMap((userId) => [userId, stretches.get(userId)![0]!.startedAt]), ...open.flatMap((userId) => [userId, before.get(userId)!.since])],
      );
    }
    await manager.query('INSERT INTO presence_log (user_id, state, started_at, ended_at) VALUES ?', [
      [...stretches].flatMap(([userId, own]) => own.map(({ state, startedAt, endedAt }) => [userId, state, startedAt, endedAt])),
    ]);
  }
  const unmoved = userIds.filter((userId) => !before.has(userId) && !now.has(userId));
  if (unmoved.length > 0) await manager.query('DELETE FROM operator_presence WHERE user_id IN (?) AND state = ?', [unmoved, UNSEEN]);
  return before;
}
