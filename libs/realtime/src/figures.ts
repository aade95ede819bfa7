import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { localDayOf } from '#libs/calendar';
import { AWAITING_CENTRE_TICKET_STATUSES, OPEN_ASSIGNMENT_STATUSES, OPEN_TICKET_STATUSES, RUNNING_ASSIGNMENT_STATUSES, type AssignmentStatus } from '#libs/domain';
import { AWAITING_DECISION, overdueAt, type AssignmentCondition } from '#libs/persistence';
import type { Caseload, CentrePool, LeaderFigures } from './pushes.js';

const tally = (rows: { k: string; n: string | number }[]): Record<string, number> =>
  Object.fromEntries(rows.map(({ k, n }) => [k, Number(n)]));

/** How many hot categories and streets the leaders' board lists. */
const HOT_LIMIT = 10;
/** Region codes: 6 digits a district, 9 a street or town, 12 a community or village. */
const STREET_CODE_LENGTH = 9;

/**
 * The counts every console shows, straight from MySQL (the indexes of the inbox and the pool). Status
 * lists are the domain's, passed as parameters (the driver writes them out as `IN ('a', 'b', …)`); open
 * tickets are named, not `NOT IN` the closed ones: a range on idx_tickets_status_created per status,
 * not a scan of every ticket ever.
 */
@Injectable()
export class Figures {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async caseload(unitId: number, now = new Date()): Promise<Caseload> {
    const { end } = localDayOf(now);
    const rows: { k: string; n: string; overdue: string; dueToday: string }[] = await this.db.query(
      `SELECT status AS k, COUNT(*) AS n,
              SUM(status IN (?) AND reply_due_at < ?) AS overdue,
              SUM(status IN (?) AND reply_due_at >= ? AND reply_due_at < ?) AS dueToday
         FROM assignments WHERE unit_id = ? AND status IN (?) GROUP BY status`,
      [RUNNING_ASSIGNMENT_STATUSES, now, RUNNING_ASSIGNMENT_STATUSES, now, end, unitId, OPEN_ASSIGNMENT_STATUSES],
    );
    const sum = (pick: (row: (typeof rows)[number]) => string) => rows.reduce((total, row) => total + Number(pick(row) ?? 0), 0);
    const running = rows.filter((row) => RUNNING_ASSIGNMENT_STATUSES.includes(row.k as AssignmentStatus)).reduce((total, row) => total + Number(row.n), 0);
    const overdue = sum((row) => row.overdue);
    const dueToday = sum((row) => row.dueToday);
    return { unitId, byStatus: tally(rows), byDueBand: { overdue, dueToday, later: running - overdue - dueToday }, at: now.toISOString() };
  }

  async pool(now = new Date()): Promise<CentrePool> {
    const [byStatus, extensionRequests, returnRequests, overdueTickets, overdueAssignments] = await Promise.all([
      this.db.query('SELECT status AS k, COUNT(*) AS n FROM tickets WHERE status IN (?) GROUP BY status', [AWAITING_CENTRE_TICKET_STATUSES]),
      // Tickets, as the pool's lists of them (`?awaiting=`, `?overdue=`): by the same conditions.
      this.ticketsWith(AWAITING_DECISION.extension),
      this.ticketsWith(AWAITING_DECISION.return),
      this.ticketsWith(overdueAt(now)),
      this.overdue(now),
    ]);
    return { byStatus: tally(byStatus), extensionRequests, returnRequests, overdueTickets, overdueAssignments, at: now.toISOString() };
  }

  /** How many tickets have an assignment meeting `condition`. */
  private ticketsWith(condition: AssignmentCondition): Promise<number> {
    return this.countOf('COUNT(DISTINCT a.ticket_id)', condition);
  }

  private async countOf(count: string, { where, parameters }: AssignmentCondition): Promise<number> {
    const row = await this.db.createQueryBuilder().select(count, 'n').from('assignments', 'a').where(where, parameters).getRawOne<{ n: string }>();
    return Number(row?.n ?? 0);
  }

  async figures(now = new Date()): Promise<LeaderFigures> {
    const { start } = localDayOf(now);
    const [byChannel, byRequestType, hotCategories, hotRegions, open, overdue] = await Promise.all([
      this.db.query('SELECT channel AS k, COUNT(*) AS n FROM tickets WHERE created_at >= ? GROUP BY channel', [start]),
      this.db.query('SELECT request_type AS k, COUNT(*) AS n FROM tickets WHERE created_at >= ? GROUP BY request_type', [start]),
      this.hottest('category_code', start),
      // A ticket placed only at a district names no street: it is not counted among the streets.
      this.hottest(`LEFT(region_code, ${STREET_CODE_LENGTH})`, start, `CHAR_LENGTH(region_code) >= ${STREET_CODE_LENGTH}`),
      this.db.query('SELECT status AS k, COUNT(*) AS n FROM tickets WHERE status IN (?) GROUP BY status', [OPEN_TICKET_STATUSES]),
      this.overdue(now),
    ]);
    const channels = tally(byChannel);
    const total = Object.values(channels).reduce((sum, n) => sum + n, 0);
    return {
      today: { total, byChannel: channels, byRequestType: tally(byRequestType), hotCategories, hotRegions },
      openByStatus: tally(open),
      overdueAssignments: overdue,
      at: now.toISOString(),
    };
  }

  /** Today's most frequent values of `column` (a trusted expression, not input), most first. */
  private async hottest(column: string, since: Date, only = 'TRUE'): Promise<{ code: string; count: number }[]> {
    const rows: { k: string; n: string }[] = await this.db.query(
      `SELECT ${column} AS k, COUNT(*) AS n FROM tickets WHERE created_at >= ? AND ${only} GROUP BY k ORDER BY n DESC, k LIMIT ${HOT_LIMIT}`,
      [since],
    );
    return rows.map(({ k, n }) => ({ code: k, count: Number(n) }));
  }

  /** Assignments past their reply-due: the leaders' "overdue now". */
  private overdue(now: Date): Promise<number> {
    return this.countOf('COUNT(*)', overdueAt(now));
  }
}
