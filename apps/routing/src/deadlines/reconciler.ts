import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { In, MoreThan, type DataSource } from 'typeorm';
import { assignmentTimers, ownerOfTimer, pendingTimer, subjectKey, ticketTimers, type Timer } from '#libs/deadlines';
import { AWAITING_DISPATCH_TICKET_STATUSES, RUNNING_ASSIGNMENT_STATUSES } from '#libs/domain';
import { AssignmentEntity, TicketEntity, TicketEventEntity } from '#libs/persistence';
import { QUEUE_NAMES } from '#libs/queues';
import { TimerPlanner } from './timer-planner.js';
import { DeadlineClock } from '#libs/intake';

const PAGE = 1000;

export interface Reconciliation {
  assignments: number;
  tickets: number;
  timers: number;
  removed: number;
}

/** An open subject as a reconcile reads it: the version MySQL has, and the chain of timers it should have. */
interface OpenSubject {
  key: string;
  version: number;
  timers: Timer[];
}

/**
 * Makes the `deadlines` queue what MySQL says it should be: every open assignment and pool ticket waits
 * for the first timer of its chain that has not fired (the timeline's dedupe keys say which have; one
 * past its time fires at once, then adds the rest of the chain), and every delayed timer of a version
 * that has been superseded, or of a subject no longer open, is removed. Runs at start-up and on an
 * administrator's request; Redis can be lost without losing a due.
 */
@Injectable()
export class DeadlineReconciler implements OnApplicationBootstrap {
  private readonly logger = new Logger(DeadlineReconciler.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectQueue(QUEUE_NAMES.deadlines) private readonly queue: Queue,
    private readonly planner: TimerPlanner,
    private readonly clock: DeadlineClock,
  ) {}

  onApplicationBootstrap(): void {
    // In the background: an app must start even while Redis is away; the next run catches up.
    this.reconcile().then(
      (result) => this.logger.log(`deadline timers reconciled: ${JSON.stringify(result)}`),
      (error: Error) => this.logger.warn(`deadline timers not reconciled at start-up: ${error.message}`),
    );
  }

  async reconcile(): Promise<Reconciliation> {
    const startedAt = Date.now();
    const expected = new Map<string, number>();
    const result: Reconciliation = { assignments: 0, tickets: 0, timers: 0, removed: 0 };
    const { policy } = this.clock;
    const calendar = await this.clock.calendar();
    // One page's timers go to Redis while the next page is read from MySQL and its timers computed.
    const adding = new AddingInTurn();
    const failed = new Set(await this.queue.getRanges(['failed'], 0, -1, true));
    for await (const page of this.pages(AssignmentEntity, ASSIGNMENT_CLOCK, RUNNING_ASSIGNMENT_STATUSES)) {
      const subjects = page.map((assignment) => ({
        key: subjectKey('assignment', assignment.id),
        version: assignment.version,
        timers: assignmentTimers(policy, calendar, assignment),
      }));
      result.timers += await this.restore(subjects, expected, adding, failed);
      result.assignments += page.length;
    }
    for await (const page of this.pages(TicketEntity, TICKET_CLOCK, AWAITING_DISPATCH_TICKET_STATUSES)) {
      const subjects = page.map((ticket) => ({ key: subjectKey('ticket', ticket.id), version: ticket.version, timers: ticketTimers(ticket) }));
      result.timers += await this.restore(subjects, expected, adding, failed);
      result.tickets += page.length;
    }
    await adding.done();
    result.removed = await this.removeUnexpected(expected, startedAt);
    return result;
  }

  /**
   * Adds the timer each subject waits for (in turn with the other pages); returns how many. One that
   * used up its attempts keeps its id taken while BullMQ keeps the failed job, and adding it again would
   * do nothing: it is taken out of the way first.
   */
  private async restore(subjects: readonly OpenSubject[], expected: Map<string, number>, adding: AddingInTurn, failed: ReadonlySet<string>): Promise<number> {
    for (const { key, version } of subjects) expected.set(key, version);
    const fired = await this.firedAmong(subjects.flatMap((subject) => subject.timers));
    const pending = subjects.map((subject) => pendingTimer(subject.timers, fired)).filter((timer) => timer !== undefined);
    await adding.next(async () => {
      await Promise.all(pending.filter((timer) => failed.has(timer.id)).map((timer) => this.queue.remove(timer.id)));
      await this.planner.schedule(pending);
    });
    return pending.length;
  }

  /** Which of these timers have acted: only one already due can have, and the one that did left its fired key on the timeline. */
  private async firedAmong(timers: readonly Timer[]): Promise<Set<string>> {
    const now = Date.now();
    const due = timers.filter((timer) => timer.at.getTime() <= now).map((timer) => timer.firedKey);
    if (due.length === 0) return new Set();
    const rows = await this.db.getRepository(TicketEventEntity).find({ select: { id: true, dedupeKey: true }, where: { dedupeKey: In(due) } });
    return new Set(rows.map((row) => row.dedupeKey!));
  }

  /**
   * Keyset pages of the rows in these statuses, with only the columns their timers depend on: a
   * steady cost per page however large the table.
   */
  private async *pages<E extends AssignmentEntity | TicketEntity>(entity: new () => E, columns: readonly (keyof E)[], statuses: readonly string[]): AsyncGenerator<E[]> {
    for (let lastId = 0; ; ) {
      const page = (await this.db.getRepository(entity).find({
        select: Object.fromEntries(columns.map((column) => [column, true])) as never,
        where: { id: MoreThan(lastId), status: In([...statuses]) } as never,
        order: { id: 'ASC' } as never,
        take: PAGE,
      })) as E[];
      if (page.length === 0) return;
      yield page;
      lastId = page.at(-1)!.id;
    }
  }

  /**
   * Removes delayed timers of a version older than the one MySQL had, or of a subject that was not open
   * then (plans waiting to run are kept). The ids say all that is needed, except whether a timer of a
   * subject not open was added before this reconcile read the table: one of a subject opened since is
   * kept. Reading each job's hash would cost a Redis round of its own for every timer of the city.
   */
  private async removeUnexpected(expected: ReadonlyMap<string, number>, startedAt: number): Promise<number> {
    let removed = 0;
    for (let start = 0; ; start += PAGE) {
      const ids = await this.queue.getRanges(['delayed'], start, start + PAGE - 1, true);
      if (ids.length === 0) return removed;
      const stale = await this.staleAmong(ids, expected, startedAt);
      const results = await Promise.allSettled(stale.map((id) => this.queue.remove(id)));
      const count = results.filter((outcome) => outcome.status === 'fulfilled' && outcome.value === 1).length;
      removed += count;
      start -= count; // the removed ones no longer take places in the delayed set
    }
  }

  private async staleAmong(ids: readonly string[], expected: ReadonlyMap<string, number>, startedAt: number): Promise<string[]> {
    const stale: string[] = [];
    for (const id of ids) {
      const owner = ownerOfTimer(id);
      if (!owner) continue;
      const version = expected.get(owner.subject);
      const superseded = version !== undefined && owner.version < version;
      const closed = version === undefined && (await this.addedBefore(id, startedAt));
      if (superseded || closed) stale.push(id);
    }
    return stale;
  }

  private async addedBefore(id: string, time: number): Promise<boolean> {
    const job = await this.queue.getJob(id);
    return job !== undefined && job.timestamp < time;
  }
}

/** What a subject's timers depend on (AssignmentClock, TicketClock): all a reconcile reads of it. */
const ASSIGNMENT_CLOCK: readonly (keyof AssignmentEntity)[] = ['id', 'version', 'status', 'dispatchedAt', 'signDueAt', 'replyDueAt'];
const TICKET_CLOCK: readonly (keyof TicketEntity)[] = ['id', 'version', 'status', 'dispatchDueAt'];

/**
 * Runs batches of work one after another, each started before the caller prepares the next: at most
 * one in flight, so that the caller's preparation overlaps it without piling work up.
 */
class AddingInTurn {
  private inFlight: Promise<void> = Promise.resolve();

  /** Waits for the batch in flight, then starts `work` and returns without waiting for it. */
  async next(work: () => Promise<void>): Promise<void> {
    await this.inFlight;
    const started = work();
    // Its failure is reported by the next `next` or `done`; until then it must not count as unhandled.
    started.catch(() => undefined);
    this.inFlight = started;
  }

  done(): Promise<void> {
    return this.inFlight;
  }
}
