import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, LessThanOrEqual, type DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '#libs/auth';
import { afterMissedAttempt, callbackDueAt, isDrawn, samplePercent } from '#libs/callbacks';
import { callbackConsequence, latestLead, SYSTEM, type CallbackConsequence, type CallbackResult, type Command } from '#libs/domain';
import { DeadlineClock } from '#libs/intake';
import { CallbackTaskEntity, type CallbackTaskStatus } from '#libs/persistence';
import { callbackOfferedMessage, callbackRetryMessage, OutboxRelay, writeOutbox, type CallbackOpenJob } from '#libs/queues';
import { actorOf, TicketStore, WorkflowService } from '#libs/workflow';
import type { CallbackResultDto } from './dto/callback-result.dto.js';
import { ReadyAgents } from './ready-agents.js';
import { SamplingRules } from './sampling-rules.js';

export type OpenOutcome = 'opened' | 'waived' | 'anonymous' | 'stale';

/** How a task ended: what the result led to (closed, a redo, the centre's), or unreachable. */
export type TaskOutcome = CallbackConsequence | 'unreachable';

const REDO_NOTE = '回访不满意且未解决，重办 (dissatisfied and not solved at the callback)';

/** A done task's columns for the daily unit figures. */
const resultColumns = (result: CallbackResult): Pick<CallbackTaskEntity, 'reached' | 'solved' | 'satisfaction' | 'doneAt'> => ({
  reached: result.reached,
  solved: result.reached ? result.solved : null,
  satisfaction: result.reached ? result.satisfaction : null,
  doneAt: new Date(),
});

/** Tasks handed out per pass; the next ready agent or retry takes the rest. */
const OFFER_BATCH = 100;

/**
 * 回访: opens a task for an approved reply (or closes the ticket when the sample does not draw it),
 * hands tasks to ready agents in turn, and records what the agent heard. A result and the ticket's
 * change are one transaction; a missed call waits the policy's gap and is offered again.
 */
@Injectable()
export class CallbackDesk {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly store: TicketStore,
    private readonly workflow: WorkflowService,
    private readonly clock: DeadlineClock,
    private readonly agents: ReadyAgents,
    private readonly sampling: SamplingRules,
    private readonly relay: OutboxRelay,
  ) {}

  /** The `open` job. Idempotent: one task per ticket version, and only while the ticket waits for it. */
  async open({ ticketId, version, approvedAt }: CallbackOpenJob): Promise<OpenOutcome> {
    const loaded = await this.store.load(ticketId);
    if (!loaded || loaded.ticket.status !== 'callback_pending' || loaded.ticket.version !== version) return 'stale';
    const percent = samplePercent(await this.sampling.list(), loaded.ticket);
    if (!isDrawn(ticketId, percent)) return this.closeWithoutCall(ticketId, { type: 'waiveCallback', samplePercent: percent }, 'waived');
    const lead = latestLead(loaded.snapshot);
    const task = { ticketId, ticketVersion: version, dueAt: callbackDueAt(this.clock.policy, await this.clock.calendar(), new Date(approvedAt)), unitId: lead.unitId, redo: lead.redo };
    // Nobody to call: flagged in the unit's figures and left out of the rates' denominators (DOMAIN.md).
    if (!loaded.ticket.citizenPhone) {
      const result = { reached: false, miss: 'anonymous' } as const;
      return this.closeWithoutCall(ticketId, { type: 'recordCallback', result }, 'anonymous', (manager) =>
        manager.insert(CallbackTaskEntity, { ...task, status: 'done', outcome: 'anonymous', ...resultColumns(result) }).then(() => undefined),
      );
    }
    await this.db.createQueryBuilder().insert().into(CallbackTaskEntity).values({ ...task, status: 'waiting' }).orIgnore().execute();
    await this.offerWaiting();
    return 'opened';
  }

  /** Hands the tasks that may be called now to ready agents, in turn, the earliest due first. */
  async offerWaiting(): Promise<number> {
    const now = new Date();
    const waiting = await this.db.getRepository(CallbackTaskEntity).find({
      where: [
        { status: 'waiting', nextAttemptAt: IsNull() },
        { status: 'waiting', nextAttemptAt: LessThanOrEqual(now) },
      ],
      order: { dueAt: 'ASC', id: 'ASC' },
      take: OFFER_BATCH,
    });
    let offered = 0;
    for (const task of waiting) {
      const agentUserId = await this.agents.next();
      if (agentUserId === undefined) break;
      if (await this.offer(task, agentUserId, now)) offered += 1;
    }
    if (offered > 0) this.relay.nudge();
    return offered;
  }

  /** The tasks offered to an agent, the earliest due first, with whom to call and about what. */
  async offeredTo(agentUserId: number) {
    const rows = await this.db
      .getRepository(CallbackTaskEntity)
      .createQueryBuilder('task')
      .innerJoin('task.ticket', 'ticket')
      .select(['task.id', 'task.ticketId', 'task.dueAt', 'task.missedAttempts', 'task.offeredAt'])
      .addSelect(['ticket.number', 'ticket.title', 'ticket.citizenName', 'ticket.citizenPhone', 'ticket.requestType', 'ticket.categoryCode'])
      .where('task.agentUserId = :agentUserId AND task.status = :status', { agentUserId, status: 'offered' })
      .orderBy('task.dueAt', 'ASC')
      .getMany();
    return rows.map(({ ticket, ...task }) => ({ ...task, ticket }));
  }

  /** Ready: tasks come in turn. Away: the agent's tasks not yet called go back to the others. */
  async setReady(agent: AuthUser, ready: boolean): Promise<void> {
    if (ready) await this.agents.ready(agent.id);
    else {
      await this.agents.away(agent.id);
      await this.db
        .getRepository(CallbackTaskEntity)
        .update({ agentUserId: agent.id, status: 'offered' }, { status: 'waiting', agentUserId: null, offeredAt: null });
    }
    await this.offerWaiting();
  }

  async record(taskId: number, agent: AuthUser, input: CallbackResultDto): Promise<TaskOutcome | 'retry'> {
    const task = await this.db.getRepository(CallbackTaskEntity).findOneBy({ id: taskId });
    // Another agent's task is not theirs to see.
    if (!task || task.agentUserId !== agent.id) throw new NotFoundException('Not found');
    if (task.status !== 'offered') throw new ConflictException(`The callback task is ${task.status}, not offered to you`);
    if (input.reached) return this.recordReached(task, agent, { reached: true, solved: input.solved!, satisfaction: input.satisfaction! }, input.note);
    return this.recordMissed(task, agent, input.note);
  }

  private async recordReached(task: CallbackTaskEntity, agent: AuthUser, result: CallbackResult, note: string | undefined): Promise<TaskOutcome> {
    let consequence: CallbackConsequence = 'closed';
    await this.workflow.execute(
      task.ticketId,
      actorOf(agent),
      (loaded) => {
        consequence = callbackConsequence(loaded.snapshot, result);
        return { type: 'recordCallback', result, note };
      },
      {
        // 重办: back to the same unit with the redo limit, in the callback's own transaction.
        followUp: async (_next, now) => (consequence === 'reopened' ? { type: 'reopen', ...(await this.clock.redoDue(now)), note: REDO_NOTE } : undefined),
        alsoWrite: (manager) => this.finish(manager, task, consequence, result),
      },
    );
    return consequence;
  }

  private async recordMissed(task: CallbackTaskEntity, agent: AuthUser, note: string | undefined): Promise<TaskOutcome | 'retry'> {
    const missed = task.missedAttempts + 1;
    const now = new Date();
    const next = afterMissedAttempt(this.clock.policy, await this.clock.calendar(), missed, now);
    if (next.kind === 'unreachable') {
      await this.workflow.execute(
        task.ticketId,
        actorOf(agent),
        () => ({ type: 'recordCallback', result: { reached: false, miss: 'unreachable' }, note }),
        { alsoWrite: (manager) => this.finish(manager, task, 'unreachable', { reached: false, miss: 'unreachable' }, missed) },
      );
      return 'unreachable';
    }
    await this.db.transaction(async (manager) => {
      await this.move(manager, task, { status: 'waiting', agentUserId: null, offeredAt: null, missedAttempts: missed, nextAttemptAt: next.at });
      await writeOutbox(manager, callbackRetryMessage({ taskId: task.id, attempt: missed, notBefore: next.at.getTime() }));
    });
    this.relay.nudge();
    return 'retry';
  }

  private async offer(task: CallbackTaskEntity, agentUserId: number, now: Date): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const { affected } = await manager.update(CallbackTaskEntity, { id: task.id, status: 'waiting' }, { status: 'offered', agentUserId, offeredAt: now });
      if (affected !== 1) return false; // another instance offered it first
      await writeOutbox(manager, callbackOfferedMessage({ taskId: task.id, ticketId: task.ticketId, agentUserId, dueAt: task.dueAt.toISOString() }));
      return true;
    });
  }

  /** In the ticket change's transaction: the task is done, with what the unit's figures count. */
  private finish(manager: EntityManager, task: CallbackTaskEntity, outcome: TaskOutcome, result: CallbackResult, missedAttempts = task.missedAttempts): Promise<void> {
    return this.move(manager, task, { status: 'done', outcome, missedAttempts, nextAttemptAt: null, ...resultColumns(result) });
  }

  /** Changes an offered task, or 409 if it changed since it was read (a double submit, the agent went away). */
  private async move(manager: EntityManager, task: CallbackTaskEntity, change: Partial<CallbackTaskEntity> & { status: CallbackTaskStatus }): Promise<void> {
    const { affected } = await manager.update(CallbackTaskEntity, { id: task.id, status: 'offered', agentUserId: task.agentUserId! }, change);
    if (affected !== 1) throw new ConflictException('The callback task was changed meanwhile; reload it');
  }

  private async closeWithoutCall(ticketId: number, command: Command, outcome: OpenOutcome, alsoWrite?: (manager: EntityManager) => Promise<void>): Promise<OpenOutcome> {
    try {
      await this.workflow.execute(ticketId, SYSTEM, () => command, { alsoWrite });
      return outcome;
    } catch (error) {
      if (error instanceof ConflictException) return 'stale';
      throw error;
    }
  }
}
