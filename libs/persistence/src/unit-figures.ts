import type { EntityManager } from 'typeorm';
import { daysFrom, shiftDate, startOfLocalDay, type LocalDate } from '#libs/calendar';
import { UNIT_COUNT_NAMES, type UnitCounts } from '#libs/metrics';

/** One unit's counts over a period, first-round and redo work apart. */
export interface UnitCountsRow {
  readonly unitId: number;
  readonly redo: boolean;
  readonly counts: UnitCounts;
}

export interface Statement {
  readonly sql: string;
  readonly parameters: unknown[];
}

const COLUMN_OF: Readonly<Record<keyof UnitCounts, string>> = {
  signDue: 'sign_due',
  signedInTime: 'signed_in_time',
  replies: 'replies',
  repliedInTime: 'replied_in_time',
  dispatched: 'dispatched',
  returned: 'returned',
  reached: 'reached',
  solved: 'solved',
  satisfied: 'satisfied',
  unreached: 'unreached',
};
const COLUMNS = UNIT_COUNT_NAMES.map((name) => COLUMN_OF[name]);
const SUMS = COLUMNS.map((column) => `SUM(${column}) AS ${column}`).join(', ');

/** What each kind of fact counts, by the time it fell at (DOMAIN.md, "Tickets"). */
interface FactKind {
  readonly table: 'assignments' | 'callback_tasks';
  readonly at: string;
  readonly counts: Partial<Record<keyof UnitCounts, string>>;
}

const FACT_KINDS: readonly FactKind[] = [
  // 签收: a sign-due counts on its day, signed in time or not.
  { table: 'assignments', at: 'sign_due_at', counts: { signDue: '1', signedInTime: 'signed_at IS NOT NULL AND signed_at <= sign_due_at' } },
  // 答复: against the reply-due as extended (延期 moves the stored due).
  { table: 'assignments', at: 'replied_at', counts: { replies: '1', repliedInTime: 'replied_at <= reply_due_at' } },
  // 退单: counted against the dispatch it returned.
  { table: 'assignments', at: 'dispatched_at', counts: { dispatched: '1', returned: "status = 'returned'" } },
  // 回访: the day it ended; tasks from before the unit was recorded on them have no unit to count for.
  {
    table: 'callback_tasks',
    at: 'done_at',
    counts: {
      reached: 'reached = 1',
      solved: "reached = 1 AND solved = 'solved'",
      satisfied: "reached = 1 AND satisfaction IN ('satisfied', 'basically_satisfied')",
      unreached: 'reached = 0',
    },
  },
];

/** Local midnights of `from` and of the day after `to`, as the UTC instants they are stored as. */
const bounds = (from: LocalDate, to: LocalDate): Date[] => [startOfLocalDay(from), startOfLocalDay(shiftDate(to, 1))];

/**
 * The facts of the days `from`..`to`, summed per Asia/Shanghai day, unit and redo. Each kind is found
 * through the index on its own time column and summed before the union, so the union stays small.
 */
export function dailyFactsStatement(from: LocalDate, to: LocalDate, hint = ''): Statement {
  const branches = FACT_KINDS.map(
    ({ table, at, counts }) =>
      `SELECT DATE(${at} + INTERVAL 8 HOUR) AS day, unit_id, redo, ${UNIT_COUNT_NAMES.map((name) => `${counts[name] ? `SUM(${counts[name]})` : '0'} AS ${COLUMN_OF[name]}`).join(', ')}
       FROM ${table} ${hint} WHERE ${at} >= ? AND ${at} < ? AND unit_id IS NOT NULL GROUP BY day, unit_id, redo`,
  );
  return {
    sql: `SELECT day, unit_id, redo, ${SUMS} FROM (${branches.join(' UNION ALL ')}) facts GROUP BY day, unit_id, redo`,
    parameters: FACT_KINDS.flatMap(() => bounds(from, to)),
  };
}

// One transaction per month at most, so that a long rebuild never holds the table's locks for long.
const REBUILD_CHUNK_DAYS = 31;

/** Replaces the stored figures of the days `from`..`to` with what the facts say now; returns the days rebuilt. */
export async function rebuildUnitDailyFigures(manager: EntityManager, from: LocalDate, to: LocalDate): Promise<number> {
  let days = 0;
  for (let first = from; first <= to; first = shiftDate(first, REBUILD_CHUNK_DAYS)) {
    const last = shiftDate(first, REBUILD_CHUNK_DAYS - 1) < to ? shiftDate(first, REBUILD_CHUNK_DAYS - 1) : to;
    const facts = dailyFactsStatement(first, last);
    // READ COMMITTED: INSERT … SELECT then reads the facts without locking them (under REPEATABLE READ it
    // would hold shared locks on every assignment of the month, and signs, replies and deadline timers
    // would wait on the rebuild, or deadlock with it).
    await manager.transaction('READ COMMITTED', async (transaction) => {
      await transaction.query('DELETE FROM unit_daily_figures WHERE day BETWEEN ? AND ?', [first, last]);
      await transaction.query(`INSERT INTO unit_daily_figures (day, unit_id, redo, ${COLUMNS.join(', ')}) ${facts.sql}`, facts.parameters);
    });
    days += daysFrom(first, last) + 1;
  }
  return days;
}

export const unitCountsRows = (rows: Record<string, string | number>[]): UnitCountsRow[] =>
  rows.map((row) => ({
    unitId: Number(row.unit_id),
    redo: Number(row.redo) === 1,
    counts: Object.fromEntries(UNIT_COUNT_NAMES.map((name) => [name, Number(row[COLUMN_OF[name]])])) as unknown as UnitCounts,
  }));

/** Every unit's counts over the days `from`..`to`, from the stored daily figures. */
export const storedFiguresStatement = (from: LocalDate, to: LocalDate): Statement => ({
  sql: `SELECT unit_id, redo, ${SUMS} FROM unit_daily_figures WHERE day BETWEEN ? AND ? GROUP BY unit_id, redo`,
  parameters: [from, to],
});

export async function readUnitCounts(manager: EntityManager, from: LocalDate, to: LocalDate): Promise<UnitCountsRow[]> {
  const { sql, parameters } = storedFiguresStatement(from, to);
  return unitCountsRows(await manager.query(sql, parameters));
}

/**
 * The same counts straight from the facts, with no daily figures: what the figures are checked
 * against, and the bench's baseline (`hint` `USE INDEX ()` for a plain full scan). Rows as
 * `readUnitCounts` gives them once passed through `unitCountsRows`.
 */
export function unitFactsStatement(from: LocalDate, to: LocalDate, hint = ''): Statement {
  const facts = dailyFactsStatement(from, to, hint);
  return { sql: `SELECT unit_id, redo, ${SUMS} FROM (${facts.sql}) daily GROUP BY unit_id, redo`, parameters: facts.parameters };
}
