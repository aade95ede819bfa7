import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { newEvents, type CallRecord, type CtiEvent } from '#libs/calls';
import { localDayOf } from '#libs/calendar';
import { CallStats } from '#libs/call-stats';
import { countedCall, countsMoved, foldBatch, type CountedCounts } from '#libs/metrics';
import { CallEntity } from '#libs/persistence';
import { withTimeout } from '#libs/queues';
import {
  CALL_ROW_COLUMNS,
  eventOf,
  extrasOf,
  jsonOf,
  NEW_CALL,
  payloadOf,
  RECORD_COLUMNS,
  recordOf,
  recordValues,
  type CallRow,
  type StoredEvent,
} from './call-rows.js';

export interface Recorded {
  /** Events not seen before; the others were repeats and changed nothing. */
  readonly fresh: readonly CtiEvent[];
  readonly records: ReadonlyMap<string, CallRecord>;
  readonly changes: readonly CountedCounts[];
}

const DEADLOCK = 'ER_LOCK_DEADLOCK';
const APPLY_TIMEOUT_MS = 1_000;
const ATTEMPTS = 3;

/**
 * The calls table, kept as the CTI's events say. Each batch locks the rows of its calls (sorted, so
 * two batches cannot deadlock on them, and retried if MySQL says otherwise), stores the events not
 * seen before, folds every changed call from all its events — so that order and repeats do not matter —
 * and returns the changes to the live counts, which the caller applies after the commit.
 */
@Injectable()
export class CallLedger {
  private readonly logger = new Logger(CallLedger.name);
  private stale = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly stats: CallStats,
  ) {}

  /** Records a batch and, in the same transaction, whatever follows from it (`then`: the operators' presence). */
  async record(events: readonly CtiEvent[], then: (manager: EntityManager, recorded: Recorded) => Promise<unknown>): Promise<Recorded> {
    return this.transaction(async (manager) => {
      const recorded = await this.store(manager, events);
      await then(manager, recorded);
      return recorded;
    });
  }

  /** Changes what the CTI does not say about a call (wrap-up, call-back, outcome), with its counts. */
  async amend(manager: EntityManager, callId: string, change: (row: CallEntity) => Partial<CallEntity> | null): Promise<CountedCounts[]> {
    const row = await manager.getRepository(CallEntity).findOne({ where: { callId }, lock: { mode: 'pessimistic_write' } });
    if (!row || row.status === NEW_CALL) return [];
    const patch = change(row);
    if (patch === null) return [];
    await manager.update(CallEntity, { callId }, patch);
    const record = recordOf(row);
    return countsMoved(countedCall(record, extrasOf(row)), countedCall(record, extrasOf({ ...row, ...patch })));
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const attempt = async (left: number): Promise<T> => {
      try {
        return await this.db.transaction(work);
      } catch (error) {
        if ((error as { code?: string }).code !== DEADLOCK || left <= 1) throw error;
        return attempt(left - 1);
      }
    };
    return attempt(ATTEMPTS);
  }

  /** Applies count changes after their commit; if Redis is away, the figures are rebuilt from MySQL once it is back. */
  async publish(changes: readonly CountedCounts[]): Promise<void> {
    if (changes.length === 0) return;
    // Bounded: while Redis is away a CTI request must not hang on the figures, which MySQL can rebuild.
    await withTimeout(this.stats.apply(changes), APPLY_TIMEOUT_MS, 'updating the live call figures').catch((error: Error) => {
      if (!this.stale) this.logger.warn(`live call figures not updated (${error.message}); they will be rebuilt from MySQL`);
      this.stale = true;
    });
  }

  /**
   * Writes the live figures again from the calls table: every call counted since midnight, or in the
   * last hour if that reaches further back. Returns how many calls it counted.
   */
  async rebuildFigures(now = new Date()): Promise<number> {
    const since = new Date(Math.min(localDayOf(now).start.getTime(), now.getTime() - 3600_000));
    this.stale = false;
    const rows = await this.db
      .getRepository(CallEntity)
      .createQueryBuilder('call')
      .where('call.status <> :status', { status: NEW_CALL })
      .andWhere('COALESCE(call.offeredAt, call.answeredAt, call.abandonedAt, call.endedAt) >= :since', { since })
      .getMany();
    const changes = rows.map((row) => countedCall(recordOf(row), extrasOf(row))).filter((change) => change.at >= since);
    try {
      await this.stats.replaceSince(since, now, changes);
    } catch (error) {
      this.stale = true;
      throw error;
    }
    return rows.length;
  }

  /** Whether an update was lost and the figures await a rebuild. */
  get isStale(): boolean {
    return this.stale;
  }

  private async store(manager: EntityManager, events: readonly CtiEvent[]): Promise<Recorded> {
    const firsts = new Map<string, CtiEvent>();
    for (const event of events) if (!firsts.has(event.callId)) firsts.set(event.callId, event);
    const callIds = [...firsts.keys()].sort();
    // Plain SQL, a statement per step: at the CTI's rates TypeORM's query building costs more than MySQL.
    // A row for every call before locking, so that two batches naming a new call wait on the same row.
    // ON DUPLICATE KEY UPDATE rather than IGNORE: IGNORE share-locks an existing row, and two batches
    // naming the same call would deadlock when both then want it exclusively; this locks it exclusively
    // at once, in call-id order, and changes nothing (updated_at included).
    await manager.query('INSERT INTO calls (call_id, caller_number, line, queue, status) VALUES ? ON DUPLICATE KEY UPDATE call_id = call_id', [
      callIds.map((callId) => {
        const { callerNumber, line, queue } = firsts.get(callId)!;
        return [callId, callerNumber, line, queue, NEW_CALL];
      }),
    ]);
    const rows: CallRow[] = await manager.query(`SELECT ${CALL_ROW_COLUMNS} FROM calls WHERE call_id IN (?) ORDER BY call_id FOR UPDATE`, [callIds]);
    const stored: StoredEvent[] = (await manager.query('SELECT call_id AS callId, type, at, payload FROM call_events WHERE call_id IN (?)', [callIds])).map(
      (row: StoredEvent) => ({ ...row, payload: jsonOf(row.payload) }),
    );

    const fresh = newEvents(stored, events);
    if (fresh.length > 0) {
      await manager.query('INSERT INTO call_events (call_id, type, at, payload) VALUES ?', [
        fresh.map((event) => [event.callId, event.type, event.at, JSON.stringify(payloadOf(event))]),
      ]);
    }

    const rowOf = new Map(rows.map((row) => [row.callId, row]));
    const { records, changes } = foldBatch(stored.map(eventOf), fresh, (callId) => extrasOf(rowOf.get(callId)!));
    if (records.size > 0) {
      await manager.query(
        `INSERT INTO calls (${RECORD_COLUMNS.join(', ')}) VALUES ? ON DUPLICATE KEY UPDATE ${RECORD_COLUMNS.map((column) => `${column} = VALUES(${column})`).join(', ')}`,
        [[...records.values()].map(recordValues)],
      );
    }
    return { fresh, records, changes };
  }
}
