import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { In, MoreThan, type DataSource } from 'typeorm';
import { assignmentTimers, ticketTimers, type Timer } from '#libs/deadlines';
import { AWAITING_DISPATCH_TICKET_STATUSES, RUNNING_ASSIGNMENT_STATUSES } from '#libs/domain';
import { AssignmentEntity, TicketEntity } from '#libs/persistence';
import { isPlanJobId, QUEUE_NAMES } from '#libs/queues';
import { DeadlineClock } from './deadline-clock.js';
import { TimerPlanner } from './timer-planner.js';

const PAGE = 1000;

export interface Reconciliation {
  assignments: number;
  tickets: number;
  timers: number;
  removed: number;
}

/**
 * Makes the `deadlines` queue what MySQL says it should be: every open assignment's and pool ticket's
 * timers present (an existing id is left alone; a past one fires at once, and the timeline's unique
 * key keeps a timer that fired before from acting twice), and every delayed timer nobody should have
 * removed. Runs at start-up and on an administrator's request; Redis can be lost without losing a due.
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
    const expected = new Set<string>();
    const result: Reconciliation = { assignments: 0, tickets: 0, timers: 0, removed: 0 };
    const calendar = await this.clock.calendar();
    // One page's timers go to Redis while the next page is read from MySQL and its timers computed.
    const adding = new AddingInTurn();
    for await (const page of this.pages(AssignmentEntity, ASSIGNMENT_CLOCK, RUNNING_ASSIGNMENT_STATUSES)) {
      const timers = page.flatMap((assignment) => assignmentTimers(this.clock.policy, calendar, assignment));
      await adding.next(() => this.add(timers, expected, result));
      result.assignments += page.length;
    }
    for await (const page of this.pages(TicketEntity, TICKET_CLOCK, AWAITING_DISPATCH_TICKET_STATUSES)) {
      const timers = page.flatMap(ticketTimers);
      await adding.next(() => this.add(timers, expected, result));
      result.tickets += page.length;
    }
    await adding.done();
    result.removed = await this.removeUnexpected(expected);
    return result;
  }

  private async add(timers: Timer[], expected: Set<string>, result: Reconciliation): Promise<void> {
    for (const timer of timers) expected.add(timer.id);
    await this.planner.schedule(timers);
    result.timers += timers.length;
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
   * Delayed timers for a version or a subject that no longer needs them (plans waiting to run are kept).
   * It reads ids only: a timer's id says all that is needed, and reading each job's hash would cost a
   * Redis round of its own for every timer of the city.
   */
  private async removeUnexpected(expected: ReadonlySet<string>): Promise<number> {
    let removed = 0;
    for (let start = 0; ; start += PAGE) {
      const ids = await this.queue.getRanges(['delayed'], start, start + PAGE - 1, true);
      if (ids.length === 0) return removed;
      const stale = ids.filter((id) => !isPlanJobId(id) && !expected.has(id));
      const results = await Promise.allSettled(stale.map((id) => this.queue.remove(id)));
      const count = results.filter((outcome) => outcome.status === 'fulfilled' && outcome.value === 1).length;
      removed += count;
      start -= count; // the removed ones no longer take places in the delayed set
    }
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
