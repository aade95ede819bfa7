import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Caseload, CentrePool, LeaderFigures } from './pushes.js';

/** Open work that can be late: a replied assignment waits on the centre, not on the unit. */
const RUNNING = "('dispatched', 'handling', 'return_requested')";
const OPEN = "('dispatched', 'handling', 'return_requested', 'replied')";
const POOL = "('registered', 'pending_dispatch', 'return_requested', 'replied')";
const CHINA_OFFSET_MS = 8 * 3600_000;

/** 00:00 of `now`'s day and of the next in Asia/Shanghai (fixed UTC+8). */
export function shanghaiDay(now: Date): { start: Date; end: Date } {
  const local = now.getTime() + CHINA_OFFSET_MS;
  const start = local - (local % 86_400_000) - CHINA_OFFSET_MS;
  return { start: new Date(start), end: new Date(start + 86_400_000) };
}

const tally = (rows: { k: string; n: string | number }[]): Record<string, number> =>
  Object.fromEntries(rows.map(({ k, n }) => [k, Number(n)]));

/** The counts every console shows, straight from MySQL (the indexes of the inbox and the pool). */
@Injectable()
export class Figures {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async caseload(unitId: number, now = new Date()): Promise<Caseload> {
    const { end } = shanghaiDay(now);
    const rows: { k: string; n: string; overdue: string; dueToday: string }[] = await this.db.query(
      `SELECT status AS k, COUNT(*) AS n,
              SUM(status IN ${RUNNING} AND reply_due_at < ?) AS overdue,
              SUM(status IN ${RUNNING} AND reply_due_at >= ? AND reply_due_at < ?) AS dueToday
         FROM assignments WHERE unit_id = ? AND status IN ${OPEN} GROUP BY status`,
      [now, now, end, unitId],
    );
    const sum = (pick: (row: (typeof rows)[number]) => string) => rows.reduce((total, row) => total + Number(pick(row) ?? 0), 0);
    const running = rows.filter((row) => row.k !== 'replied').reduce((total, row) => total + Number(row.n), 0);
    const overdue = sum((row) => row.overdue);
    const dueToday = sum((row) => row.dueToday);
    return { unitId, byStatus: tally(rows), byDueBand: { overdue, dueToday, later: running - overdue - dueToday }, at: now.toISOString() };
  }

  async pool(now = new Date()): Promise<CentrePool> {
    const [byStatus, [extensions], overdue] = await Promise.all([
      this.db.query(`SELECT status AS k, COUNT(*) AS n FROM tickets WHERE status IN ${POOL} GROUP BY status`),
      this.db.query(`SELECT COUNT(*) AS n FROM assignments WHERE extension_request_days IS NOT NULL AND status IN ${RUNNING}`),
      this.overdue(now),
    ]);
    return { byStatus: tally(byStatus), extensionRequests: Number(extensions.n), overdueAssignments: overdue, at: now.toISOString() };
  }

  async figures(now = new Date()): Promise<LeaderFigures> {
    const { start } = shanghaiDay(now);
    const [byChannel, byRequestType, open, overdue] = await Promise.all([
      this.db.query('SELECT channel AS k, COUNT(*) AS n FROM tickets WHERE created_at >= ? GROUP BY channel', [start]),
      this.db.query('SELECT request_type AS k, COUNT(*) AS n FROM tickets WHERE created_at >= ? GROUP BY request_type', [start]),
      this.db.query(`SELECT status AS k, COUNT(*) AS n FROM tickets WHERE status NOT IN ('closed', 'transferred', 'not_accepted', 'merged') GROUP BY status`),
      this.overdue(now),
    ]);
    const channels = tally(byChannel);
    const total = Object.values(channels).reduce((sum, n) => sum + n, 0);
    return {
      today: { total, byChannel: channels, byRequestType: tally(byRequestType) },
      openByStatus: tally(open),
      overdueAssignments: overdue,
      at: now.toISOString(),
    };
  }

  private async overdue(now: Date): Promise<number> {
    const [row] = await this.db.query(`SELECT COUNT(*) AS n FROM assignments WHERE status IN ${RUNNING} AND reply_due_at < ?`, [now]);
    return Number(row.n);
  }
}
