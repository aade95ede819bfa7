import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ticketTimerKinds } from '#libs/deadlines';
import { CLOSED_TICKET_STATUSES, type Actor, type DomainEvent, type TicketSnapshot, type TicketStatus } from '#libs/domain';
import { AssignmentEntity, TicketEntity, TicketEventEntity } from '#libs/persistence';
import { planMessage, ticketPushMessage, writeOutbox, type OutboxMessage } from '#libs/queues';
import { Catalogue, eventRow } from '#libs/intake';
import { assignmentColumns, toSnapshot, type AssignmentRow } from './snapshot.js';

/** A ticket as stored, and as the state machine sees it. */
export interface LoadedTicket {
  readonly ticket: TicketEntity;
  readonly assignments: readonly AssignmentRow[];
  readonly snapshot: TicketSnapshot;
}

/**
 * Loads tickets as snapshots and stores decisions. A decision is written only if the ticket is still
 * at the version it was decided on (`UPDATE … WHERE version = ?`): of two conflicting commands one
 * wins and the other gets 409, whatever the timing.
 */
@Injectable()
export class TicketStore {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly catalogue: Catalogue,
  ) {}

  async load(id: number): Promise<LoadedTicket | null> {
    const ticket = await this.db.getRepository(TicketEntity).findOneBy({ id });
    if (!ticket) return null;
    const [category, rows] = await Promise.all([
      this.catalogue.category(ticket.categoryCode),
      this.db.getRepository(AssignmentEntity).find({ where: { ticketId: id }, relations: { unit: true }, order: { id: 'ASC' } }),
    ]);
    const assignments = rows.map((row) => Object.assign(row, { unitTier: row.unit!.tier }));
    return { ticket, assignments, snapshot: toSnapshot(ticket, category?.departmentDuty ?? false, assignments) };
  }

  /** Writes the next snapshot, its events and the push announcing them, in one transaction. */
  async save(loaded: LoadedTicket, next: TicketSnapshot, events: readonly DomainEvent[]): Promise<void> {
    const { ticket } = loaded;
    await this.db.transaction(async (manager) => {
      const merged = events.find((event) => event.type === 'merged');
      const updated = await manager.update(
        TicketEntity,
        { id: ticket.id, version: ticket.version },
        {
          status: next.status,
          version: next.version,
          dispatchRounds: next.failedDispatchRounds,
          ...(CLOSED_TICKET_STATUSES.includes(next.status) && { closedAt: events[0]?.occurredAt ?? new Date() }),
          ...(merged && { mergedIntoId: merged.data.intoTicketId }),
        },
      );
      if (updated.affected !== 1) throw new ConflictException('The ticket was changed by someone else; reload and try again');
      const { newIds, changed } = await this.saveAssignments(manager, loaded, next);
      await manager.insert(
        TicketEventEntity,
        events.map((event) =>
          eventRow(
            ticket.id,
            event,
            event.assignment ? (event.assignment.id ?? newIds.get(event.assignment.unitId) ?? null) : null,
            'data' in event ? jsonOf(event.data) : null,
          ),
        ),
      );
      await writeOutbox(manager, pushOf(ticket, next, events));
      // Timers follow the committed state: each changed assignment, and a ticket entering or leaving the pool, is planned again.
      for (const assignment of changed) await writeOutbox(manager, planMessage({ subject: 'assignment', ...assignment }));
      const timed = (status: TicketStatus) => ticketTimerKinds(status).length > 0;
      if (next.status !== ticket.status && (timed(ticket.status) || timed(next.status))) {
        await writeOutbox(manager, planMessage({ subject: 'ticket', id: ticket.id, version: next.version }));
      }
    });
  }

  /** Inserts the new assignments and updates the changed ones; returns the new ids by unit, and what changed. */
  private async saveAssignments(
    manager: EntityManager,
    loaded: LoadedTicket,
    next: TicketSnapshot,
  ): Promise<{ newIds: Map<number, number>; changed: { id: number; version: number }[] }> {
    const versions = new Map(loaded.assignments.map((row) => [row.id, row.version]));
    const before = new Map(loaded.snapshot.assignments.map((assignment) => [assignment.id, JSON.stringify(assignmentColumns(assignment))]));
    const newIds = new Map<number, number>();
    const changed: { id: number; version: number }[] = [];
    for (const assignment of next.assignments) {
      const columns = assignmentColumns(assignment);
      if (assignment.id === null) {
        const inserted = await manager.insert(AssignmentEntity, { ...columns, ticketId: loaded.ticket.id, version: 1 });
        const id = inserted.identifiers[0]!.id as number;
        newIds.set(assignment.unitId, id);
        changed.push({ id, version: 1 });
        continue;
      }
      if (JSON.stringify(columns) !== before.get(assignment.id)) {
        // The assignment's own version keys its deadline timers: a changed assignment gets new ones.
        const version = versions.get(assignment.id)! + 1;
        await manager.update(AssignmentEntity, { id: assignment.id }, { ...columns, version });
        changed.push({ id: assignment.id, version });
      }
    }
    return { newIds, changed };
  }
}

/** Consoles hear of the change once it is committed: the centre, and every unit on the ticket. */
const pushOf = (ticket: TicketEntity, next: TicketSnapshot, events: readonly DomainEvent[]): OutboxMessage =>
  ticketPushMessage({
    ticketId: ticket.id,
    number: ticket.number,
    events: events.map((event) => event.type),
    status: next.status,
    unitIds: [...new Set(next.assignments.map((assignment) => assignment.unitId))],
    occurredAt: (events[0]?.occurredAt ?? new Date()).toISOString(),
  });

/** Event data as JSON: instants as ISO strings. */
const jsonOf = (data: object): object => JSON.parse(JSON.stringify(data)) as object;
