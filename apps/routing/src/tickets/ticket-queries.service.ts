import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type SelectQueryBuilder } from 'typeorm';
import { DataScopeService, type AuthUser } from '#libs/auth';
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
    const scope = await this.scope.scopeOf(user);
    if (scope.kind === 'units') builder.andWhere(assignmentWhere('a.unit_id IN (:...scope)'), { scope: [0, ...scope.unitIds] });
    if (query.unitId) builder.andWhere(assignmentWhere('a.unit_id = :unitId'), { unitId: query.unitId });
    if (query.overdue) withAssignment(overdueAt(new Date()));
    if (query.awaiting) withAssignment(AWAITING_DECISION[query.awaiting]);
    if (query.status) builder.andWhere('t.status = :status', { status: query.status });
    if (query.categoryCode) builder.andWhere('t.category_code LIKE :category', { category: `${query.categoryCode}%` });
    if (query.regionCode) builder.andWhere('t.region_code LIKE :region', { region: `${query.regionCode}%` });
    if (query.phone) builder.andWhere('t.citizen_phone = :phone', { phone: query.phone });
    if (query.from) builder.andWhere('t.created_at >= :from', { from: new Date(query.from) });
    if (query.to) builder.andWhere('t.created_at < :to', { to: new Date(query.to) });
    if (query.order === 'urgency') this.orderByUrgency(builder, query.unitId ? [query.unitId] : scope.kind === 'units' ? scope.unitIds : undefined);
    const [tickets, total] = await builder
      .addOrderBy('t.id', 'DESC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
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
   * A worklist's order: tickets with work still running at `units` (all units when undefined) first,
   * the most urgent of them first, then the soonest reply due; replied and closed ones after.
   */
  private orderByUrgency(builder: SelectQueryBuilder<TicketEntity>, units: Iterable<number> | undefined): void {
    const ofUnits = units === undefined ? '' : 'AND a.unit_id IN (:...dueUnits)';
    const firstDue = `(SELECT MIN(a.reply_due_at) FROM assignments a WHERE a.ticket_id = t.id AND a.status IN (:...dueRunning) ${ofUnits})`;
    builder
      .orderBy(`${firstDue} IS NULL`)
      .addOrderBy(URGENCY_RANK)
      .addOrderBy(firstDue)
      .setParameters({ dueRunning: RUNNING_ASSIGNMENT_STATUSES, dueUnits: [0, ...(units ?? [])] });
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
