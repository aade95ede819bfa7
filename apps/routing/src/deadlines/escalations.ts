import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { assignmentTimerKinds, firedKeyOf, flagsAfterStep, SIGN_DUE, SIGN_DUE_ACTIONS, stepOfTimer, ticketTimerKinds } from '#libs/deadlines';
import { AssignmentEntity, isDuplicateKey, TicketEntity, TicketEventEntity } from '#libs/persistence';
import { SYSTEM } from '#libs/domain';
import { noticeMessage, OutboxRelay, ticketPushMessage, writeOutbox, type TimerJob } from '#libs/queues';
import { DeadlineClock, eventRow } from '#libs/intake';
import { noticeText } from '#libs/workflow';

export type TimerOutcome = 'fired' | 'stale' | 'already fired';

/**
 * What a timer does when it comes due. It re-reads its subject and acts only if the subject is still at
 * the version the timer was planned for and still owes what the timer is about; the timeline entry it
 * writes carries the rung's fired key (`firedKeyOf`) as a unique key, so a retried job (a worker killed
 * halfway) acts once, and so does a rung planned again by a later version at the same time.
 */
@Injectable()
export class Escalations {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly relay: OutboxRelay,
    private readonly clock: DeadlineClock,
  ) {}

  async fire(timer: TimerJob): Promise<TimerOutcome> {
    const firedKey = firedKeyOf(timer.kind, timer.subjectId, new Date(timer.at));
    const outcome = await this.db
      .transaction((manager) =>
        timer.subject === 'ticket' ? this.dispatchOverdue(manager, timer, firedKey) : this.assignmentDue(manager, timer, firedKey),
      )
      .catch((error: unknown) => {
        if (isDuplicateKey(error)) return 'already fired' as const;
        throw error;
      });
    if (outcome === 'fired') this.relay.nudge();
    return outcome;
  }

  private async assignmentDue(manager: EntityManager, timer: TimerJob, firedKey: string): Promise<TimerOutcome> {
    const { policy } = this.clock;
    const ticketId = (await manager.getRepository(AssignmentEntity).findOne({ select: { ticketId: true }, where: { id: timer.subjectId } }))?.ticketId;
    if (ticketId === undefined) return 'stale';
    // Locked, the ticket and then the assignment as commands lock them, so that no command commits
    // between the check below and the writes after it.
    const ticket = await manager.getRepository(TicketEntity).findOneOrFail({ where: { id: ticketId }, lock: { mode: 'pessimistic_write' } });
    const assignment = await manager.getRepository(AssignmentEntity).findOneOrFail({ where: { id: timer.subjectId }, lock: { mode: 'pessimistic_write' } });
    if (assignment.version !== timer.version || !assignmentTimerKinds(policy, assignment.status).includes(timer.kind)) return 'stale';
    const step = stepOfTimer(policy, timer.kind); // undefined: the sign-due
    const actions = step?.actions ?? SIGN_DUE_ACTIONS;
    const now = new Date();
    const type = step ? 'escalated' : 'sign_overdue';
    const eventId = await this.writeEvent(manager, ticket, assignment.id, firedKey, { type, now, data: { step: step?.name ?? SIGN_DUE, actions } });
    if (step) {
      // Flags, not a change of the assignment's facts: its version, which keys its later timers, stays as it is.
      await manager.update(AssignmentEntity, { id: assignment.id, version: timer.version }, flagsAfterStep(assignment.warningLevel, assignment.replyDueAt, now));
    }
    const text = noticeText(timer.kind, actions, ticket.number);
    await writeOutbox(
      manager,
      ticketPushMessage(push(ticket, [type], [assignment.unitId], now)),
      noticeMessage({ eventId, unitId: assignment.unitId, ticketId: ticket.id, assignmentId: assignment.id, kind: timer.kind, ...text }),
    );
    return 'fired';
  }

  /** The centre's own limit: a ticket still waiting in the pool is flagged to the dispatchers. */
  private async dispatchOverdue(manager: EntityManager, timer: TimerJob, firedKey: string): Promise<TimerOutcome> {
    const ticket = await manager.getRepository(TicketEntity).findOne({ where: { id: timer.subjectId }, lock: { mode: 'pessimistic_write' } });
    if (!ticket || ticket.version !== timer.version || !ticketTimerKinds(ticket.status).includes(timer.kind)) return 'stale';
    const now = new Date();
    await this.writeEvent(manager, ticket, null, firedKey, { type: 'dispatch_overdue', now, data: { dispatchDueAt: ticket.dispatchDueAt } });
    await writeOutbox(manager, ticketPushMessage(push(ticket, ['dispatch_overdue'], [], now)));
    return 'fired';
  }

  private async writeEvent(
    manager: EntityManager,
    ticket: TicketEntity,
    assignmentId: number | null,
    dedupeKey: string,
    { type, now, data }: { type: string; now: Date; data: object },
  ): Promise<number> {
    const event = { type, actor: SYSTEM, occurredAt: now, fromStatus: ticket.status, toStatus: ticket.status };
    const inserted = await manager.insert(TicketEventEntity, { ...eventRow(ticket.id, event, assignmentId, data), dedupeKey });
    return inserted.identifiers[0]!.id as number;
  }
}

const push = (ticket: TicketEntity, events: string[], unitIds: number[], now: Date) => ({
  ticketId: ticket.id,
  number: ticket.number,
  events,
  status: ticket.status,
  unitIds,
  occurredAt: now.toISOString(),
});
