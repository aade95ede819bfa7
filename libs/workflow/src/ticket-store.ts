import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { CLOSED_TICKET_STATUSES, type DomainEvent, type TicketSnapshot } from '#libs/domain';
import { AssignmentEntity, TicketEntity, TicketEventEntity, UnitEntity } from '#libs/persistence';
import { writeOutbox } from '#libs/queues';
import { Catalogue, eventRow } from '#libs/intake';
import { changeMessages, occurredAt } from './change-messages.js';
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
    return (await this.loadMany([id])).get(id) ?? null;
  }

  /** The tickets that exist among `ids`, by id: two statements, however many. */
  async loadMany(ids: readonly number[]): Promise<Map<number, LoadedTicket>> {
    const [tickets, rows] = await Promise.all([
      this.db.getRepository(TicketEntity).findBy({ id: In(ids) }),
      this.db.getRepository(AssignmentEntity).find({ where: { ticketId: In(ids) }, relations: { unit: true }, order: { id: 'ASC' } }),
    ]);
    const byTicket = Map.groupBy(
      rows.map((row) => Object.assign(row, { unitTier: row.unit!.tier })),
      (row) => row.ticketId,
    );
    const loaded = new Map<number, LoadedTicket>();
    for (const ticket of tickets) {
      const category = await this.catalogue.category(ticket.categoryCode);
      const assignments = byTicket.get(ticket.id) ?? [];
      loaded.set(ticket.id, { ticket, assignments, snapshot: toSnapshot(ticket, category?.departmentDuty ?? false, assignments) });
    }
    return loaded;
  }

  /** Writes the next snapshot, its events and the push announcing them, in one transaction; 409 if the ticket moved. */
  async save(change: TicketChange): Promise<void> {
    const [saved] = await this.saveMany([change]);
    if (!saved) throw new ConflictException('The ticket was changed by someone else; reload and try again');
  }

  /**
   * Writes many tickets' changes in one transaction, with one INSERT each for their new assignments,
   * events and messages. A ticket that moved since it was loaded is left out; the answer says, in
   * order, which changes were saved.
   */
  async saveMany(changes: readonly TicketChange[]): Promise<boolean[]> {
    // Tickets locked in id order, as by every batch, so that two batches cannot deadlock.
    const order = changes.map((_, index) => index).sort((a, b) => changes[a]!.loaded.ticket.id - changes[b]!.loaded.ticket.id);
    return this.db.transaction(async (manager) => {
      const saved = changes.map(() => false);
      for (const index of order) saved[index] = await this.updateTicket(manager, changes[index]!);
      const written = changes.filter((_, index) => saved[index]);
      if (written.length === 0) return saved;
      const assignments = await this.saveAssignments(manager, written);
      const rows = written.map(({ loaded, events }, index) =>
        events.map((event) =>
          eventRow(
            loaded.ticket.id,
            event,
            event.assignment ? (event.assignment.id ?? assignments[index]!.newIds.get(event.assignment.unitId) ?? null) : null,
            'data' in event ? jsonOf(event.data) : null,
          ),
        ),
      );
      const { identifiers } = await manager.insert(TicketEventEntity, rows.flat());
      // Each change's events as stored, in the order inserted: a notice names the event it tells of.
      const ids = identifiers.map((identifier) => Number(identifier.id));
      const stored = rows.map((eventRows) => eventRows.map((row) => ({ id: ids.shift()!, assignmentId: row.assignmentId })));
      await writeOutbox(
        manager,
        ...written.flatMap(({ loaded, next, events }, index) => changeMessages(loaded.ticket, next, events, assignments[index]!.changed, stored[index]!)),
      );
      for (const change of written) await change.alsoWrite?.(manager);
      return saved;
    });
  }

  /** The ticket's own row, only at the version it was loaded at. */
  private async updateTicket(manager: EntityManager, { loaded: { ticket }, next, events }: TicketChange): Promise<boolean> {
    const merged = events.find((event) => event.type === 'merged');
    const updated = await manager.update(
      TicketEntity,
      { id: ticket.id, version: ticket.version },
      {
        status: next.status,
        version: next.version,
        dispatchRounds: next.failedDispatchRounds,
        ...(CLOSED_TICKET_STATUSES.includes(next.status) && { closedAt: occurredAt(events) }),
        ...(merged && { mergedIntoId: merged.data.intoTicketId }),
      },
    );
    return updated.affected === 1;
  }

  /**
   * Inserts the new assignments of all changes at once and updates the changed ones; per change,
   * the new ids by unit and what changed.
   */
  private async saveAssignments(manager: EntityManager, changes: readonly TicketChange[]): Promise<SavedAssignments[]> {
    const saved = changes.map((): SavedAssignments => ({ newIds: new Map(), changed: [] }));
    const inserts: { change: number; unitId: number; row: object }[] = [];
    for (const [index, { loaded, next }] of changes.entries()) {
      const versions = new Map(loaded.assignments.map((row) => [row.id, row.version]));
      const before = new Map(loaded.snapshot.assignments.map((assignment) => [assignment.id, JSON.stringify(assignmentColumns(assignment))]));
      for (const assignment of next.assignments) {
        const columns = assignmentColumns(assignment);
        if (assignment.id === null) inserts.push({ change: index, unitId: assignment.unitId, row: { ...columns, ticketId: loaded.ticket.id, version: 1 } });
        else if (JSON.stringify(columns) !== before.get(assignment.id)) {
          // The assignment's own version keys its deadline timers: a changed assignment gets new ones.
          const version = versions.get(assignment.id)! + 1;
          await manager.update(AssignmentEntity, { id: assignment.id }, { ...columns, version });
          saved[index]!.changed.push({ id: assignment.id, version });
        }
      }
    }
    if (inserts.length === 0) return saved;
    await requireActiveUnits(manager, inserts.map(({ unitId }) => unitId));
    const { identifiers } = await manager.insert(AssignmentEntity, inserts.map(({ row }) => row));
    for (const [position, { change, unitId }] of inserts.entries()) {
      const id = identifiers[position]!.id as number;
      saved[change]!.newIds.set(unitId, id);
      saved[change]!.changed.push({ id, version: 1 });
    }
    return saved;
  }
}

/** A decision to store: the ticket as it was loaded, its next snapshot, and the events leading there. */
export interface TicketChange {
  readonly loaded: LoadedTicket;
  readonly next: TicketSnapshot;
  readonly events: readonly DomainEvent[];
  /** Rows of the caller's own that stand or fall with the change (a callback task's result, say). */
  readonly alsoWrite?: (manager: EntityManager) => Promise<void>;
}

interface SavedAssignments {
  /** The new assignments' ids, by unit. */
  newIds: Map<number, number>;
  /** Assignments inserted or changed, at their new versions. */
  changed: { id: number; version: number }[];
}

/**
 * The units new assignments go to, read under a shared lock: a unit's deactivation locks its row for
 * update and then counts its open assignments, so the two take turns. The callers chose the units
 * from a cached directory (up to a minute old on another instance): one retired meanwhile is a 409,
 * and nothing is written.
 */
async function requireActiveUnits(manager: EntityManager, unitIds: readonly number[]): Promise<void> {
  const wanted = [...new Set(unitIds)];
  const active = await manager.find(UnitEntity, { select: { id: true }, where: { id: In(wanted), active: true }, lock: { mode: 'pessimistic_read' } });
  const retired = wanted.filter((id) => !active.some((unit) => unit.id === id));
  if (retired.length > 0) {
    throw new ConflictException({ statusCode: 409, error: 'Conflict', code: 'invalid_state', message: `unit ${retired.join(', ')} is no longer active` });
  }
}

/** Event data as JSON: instants as ISO strings. */
const jsonOf = (data: object): object => JSON.parse(JSON.stringify(data)) as object;
