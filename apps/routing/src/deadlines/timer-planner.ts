import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { assignmentTimers, earlierTimerIds, pendingTimer, ticketTimers, timerAfter, timerId, type Timer } from '#libs/deadlines';
import { AssignmentEntity, TicketEntity } from '#libs/persistence';
import { QUEUE_NAMES, type PlanJob, type TimerJob } from '#libs/queues';
import { DeadlineClock } from '#libs/intake';

/** How many earlier versions' timers a plan removes; older ones were removed by earlier plans, or fire as no-ops. */
const EARLIER_VERSIONS = 3;

/**
 * Makes a subject's timers what its current state says. They run as a chain (libs/deadlines): a plan
 * adds the first, each timer that fires adds the next. Delayed jobs carry versioned ids (an existing id
 * is not added twice), the earlier versions' timers are removed, and a timer past its time fires at once.
 */
@Injectable()
export class TimerPlanner {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectQueue(QUEUE_NAMES.deadlines) private readonly queue: Queue,
    private readonly clock: DeadlineClock,
  ) {}

  /** Starts the subject's chain if it is still at the planned version; returns how many timers it added. */
  async plan(job: PlanJob): Promise<number> {
    const timers = await this.timersOf(job);
    if (timers === undefined) return 0;
    // A new version: none of its timers has fired yet.
    const first = pendingTimer(timers, new Set());
    if (first) await this.schedule([first]);
    // A stale timer that is running right now cannot be removed; it finds its version gone and does nothing.
    await Promise.allSettled(earlierTimerIds(this.clock.policy, job.subject, job.id, job.version, EARLIER_VERSIONS).map((id) => this.queue.remove(id)));
    return first ? 1 : 0;
  }

  /** After a timer has acted: adds the next of its chain, if its subject is still at the timer's version. */
  async scheduleNext({ kind, subject, subjectId, version }: TimerJob): Promise<void> {
    const timers = await this.timersOf({ subject, id: subjectId, version });
    const next = timers && timerAfter(timers, timerId(kind, subjectId, version));
    if (next) await this.schedule([next]);
  }

  /** The timers a subject should have now, or undefined if it has moved past `version`. */
  async timersOf({ subject, id, version }: PlanJob): Promise<Timer[] | undefined> {
    if (subject === 'ticket') {
      const ticket = await this.db.getRepository(TicketEntity).findOneBy({ id });
      return ticket?.version === version ? ticketTimers(ticket) : undefined;
    }
    const assignment = await this.db.getRepository(AssignmentEntity).findOneBy({ id });
    return assignment?.version === version ? assignmentTimers(this.clock.policy, await this.clock.calendar(), assignment) : undefined;
  }

  async schedule(timers: readonly Timer[], now = Date.now()): Promise<void> {
    await this.queue.addBulk(
      timers.map(({ id, kind, subject, subjectId, version, at }) => ({
        name: kind,
        data: { kind, subject, subjectId, version, at: at.getTime() } satisfies TimerJob,
        opts: { jobId: id, delay: Math.max(0, at.getTime() - now) },
      })),
    );
  }
}
