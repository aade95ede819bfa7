import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type SelectQueryBuilder } from 'typeorm';
import { DataScopeService, unitsShown, type AuthUser } from '#libs/auth';
import { isUnitRole, RUNNING_ASSIGNMENT_STATUSES, type EventType } from '#libs/domain';
import { AssignmentEntity, AWAITING_DECISION, overdueAt, TicketEntity, TicketEventEntity, UnitEntity, UserEntity, type AssignmentCondition } from '#libs/persistence';
import type { ListTicketsQuery } from './dto/list-tickets.query.js';
import { returnRequestsIn, ticketDetail, ticketSummary, ticketWithAssignments, type Names, type Viewer } from './ticket-view.js';
import { actorOf, WorkflowService } from '#libs/workflow';

// 特急, 紧急, 一般.
const URGENCY_RANK = "FIELD(t.urgency, 'critical', 'urgent', 'normal')";

const viewerOf = (user: AuthUser): Viewer => (isUnitRole(user.role) ? 'unit' : 'centre');

@Injectable()
export class TicketQueriesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scope: DataScopeService,
    private readonly workflow: WorkflowService,
  ) {}

  async detail(id: number, user: AuthUser) {
    const { ticket, assignments } = await this.workflow.loadInScope(id, actorOf(user));
    const events = await this.db.getRepository(TicketEventEntity).find({ where: { ticketId: id }, order: { id: 'ASC' } });
    const names = await this.namesOf(
      [...assignments.map((a) => a.unitId), ...events.map((e) => e.actorUnitId)],
      events.map((e) => e.actorUserId),
    );
    return ticketDetail(ticket, assignments, events, names, viewerOf(user));
  }

  async list(query: ListTicketsQuery, user: AuthUser) {
    const builder = this.db.getRepository(TicketEntity).createQueryBuilder('t');
    const assignmentWhere = (condition: string) => `EXISTS (SELECT 1 FROM assignments a WHERE a.ticket_id = t.id AND ${condition})`;
    const withAssignment = ({ where, parameters }: AssignmentCondition) => builder.andWhere(assignmentWhere(where), parameters);
    const units = unitsShown(await this.scope.scopeOf(user), query.unitId);
    // 0 is no unit's id: an empty list of units shows no ticket.
    if (units) withAssignment({ where: 'a.unit_id IN (:...units)', parameters: { units: [0, ...units] } });
    if (query.overdue) withAssignment(overdueAt(new Date()));
    if (query.awaiting) withAssignment(AWAITING_DECISION[query.awaiting]);
    if (query.status) builder.andWhere('t.status = :status', { status: query.status });
    if (query.categoryCode) builder.andWhere('t.category_code LIKE :category', { category: `${query.categoryCode}%` });
    if (query.regionCode) builder.andWhere('t.region_code LIKE :region', { region: `${query.regionCode}%` });
    if (query.phone) builder.andWhere('t.citizen_phone = :phone', { phone: query.phone });
    if (query.from) builder.andWhere('t.created_at >= :from', { from: new Date(query.from) });
    if (query.to) builder.andWhere('t.created_at < :to', { to: new Date(query.to) });
    const [tickets, total] =
      query.order === 'urgency'
        ? await this.worklistPage(builder, units, query)
        : await builder.orderBy('t.id', 'DESC').skip((query.page - 1) * query.pageSize).take(query.pageSize).getManyAndCount();
    const viewer = viewerOf(user);
    const items = query.withAssignments
      ? await this.withAssignments(tickets, viewer)
      : tickets.map((ticket) => ticketSummary(ticket, viewer));
    return { total, page: query.page, pageSize: query.pageSize, items };
  }

  /** When the assignment last had an event of this type (the centre's last urging, say); null if never. */
  async lastEventAt(ticketId: number, assignmentId: number, type: EventType): Promise<Date | null> {
    const event = await this.db
      .getRepository(TicketEventEntity)
      .findOne({ select: { id: true, occurredAt: true }, where: { ticketId, assignmentId, type }, order: { id: 'DESC' } });
    return event?.occurredAt ?? null;
  }

  /**
   * A page of a worklist: the tickets with work still running at `units` (all units when undefined)
   * first, the most urgent first, then the soonest reply due; then the rest, newest first. Two reads
   * instead of one sort: the running ones are few and found by the inbox index, and the rest are read
   * in the order of the primary key, so a unit's years of closed tickets are never sorted.
   */
  private async worklistPage(builder: SelectQueryBuilder<TicketEntity>, units: readonly number[] | undefined, { page, pageSize }: ListTicketsQuery) {
    const ofUnits = units === undefined ? '' : 'AND a.unit_id IN (:...dueUnits)';
    const withRunning = (part: SelectQueryBuilder<TicketEntity>) =>
      part
        .leftJoin(
          `(SELECT a.ticket_id, MIN(a.reply_due_at) AS due FROM assignments a WHERE a.status IN (:...dueRunning) ${ofUnits} GROUP BY a.ticket_id)`,
          'running',
          'running.ticket_id = t.id',
        )
        .setParameters({ dueRunning: RUNNING_ASSIGNMENT_STATUSES, dueUnits: [0, ...(units ?? [])] });
    const running = withRunning(builder.clone()).andWhere('running.ticket_id IS NOT NULL');
    const rest = withRunning(builder.clone()).andWhere('running.ticket_id IS NULL');
    const [runningCount, total] = await Promise.all([running.getCount(), builder.getCount()]);
    const offset = (page - 1) * pageSize;
    // offset and limit, not skip and take: TypeORM's take over a join pages by distinct ids in a
    // second query that loses the order's expressions; the join has one row per ticket anyway.
    const first = offset < runningCount ? await running.orderBy(URGENCY_RANK).addOrderBy('running.due').addOrderBy('t.id', 'DESC').offset(offset).limit(pageSize).getMany() : [];
    const wanted = pageSize - first.length;
    const after = wanted > 0 ? await rest.orderBy('t.id', 'DESC').offset(Math.max(0, offset - runningCount)).limit(wanted).getMany() : [];
    return [[...first, ...after], total] as const;
  }

  /** The page's assignments in one query, and the reasons of their pending returns in another. */
  private async withAssignments(tickets: readonly TicketEntity[], viewer: Viewer) {
    const ticketIds = tickets.map((ticket) => ticket.id);
    const [assignments, returnEvents] = await Promise.all([
      this.db.getRepository(AssignmentEntity).find({ where: { ticketId: In(ticketIds) }, order: { id: 'ASC' } }),
      this.db.getRepository(TicketEventEntity).find({
        select: { id: true, type: true, assignmentId: true, note: true, occurredAt: true },
        where: { ticketId: In(ticketIds), type: 'return_requested' },
        order: { id: 'ASC' },
      }),
    ]);
    const names = await this.namesOf(assignments.map((a) => a.unitId), []);
    const returnRequests = returnRequestsIn(returnEvents);
    return tickets.map((ticket) =>
      ticketWithAssignments(ticket, assignments.filter((a) => a.ticketId === ticket.id), returnRequests, names, viewer),
    );
  }

  private async namesOf(unitIds: readonly (number | null)[], userIds: readonly (number | null)[]): Promise<Names> {
    const present = (ids: readonly (number | null)[]) => [...new Set(ids.filter((id): id is number => id !== null))];
    const [units, users] = await Promise.all([
      this.db.getRepository(UnitEntity).find({ select: { id: true, name: true }, where: { id: In(present(unitIds)) } }),
      this.db.getRepository(UserEntity).find({ select: { id: true, displayName: true }, where: { id: In(present(userIds)) } }),
    ]);
    return { units: new Map(units.map((u) => [u.id, u.name])), users: new Map(users.map((u) => [u.id, u.displayName])) };
  }
}
