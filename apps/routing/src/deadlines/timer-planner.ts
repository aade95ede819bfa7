import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { In, type DataSource } from 'typeorm';
import { assignmentTimers, earlierTimerIds, pendingTimer, ticketTimers, timerAfter, timerId, type Timer } from '#libs/deadlines';
import { AssignmentEntity, TicketEntity } from '#libs/persistence';
import { QUEUE_NAMES, type PlanJob, type TimerJob } from '#libs/queues';
import { DeadlineClock } from '#libs/intake';
import { callBatches } from '#libs/platform';

/** How many earlier versions' timers a plan removes; older ones were removed by earlier plans, or fire as no-ops. */
const EARLIER_VERSIONS = 3;
/** Plan jobs worked together (deadline.processor.ts): more slots would poll Redis in vain between bursts. */
export const PLAN_BATCH = 8;

/**
 * Makes a subject's timers what its current state says. They run as a chain (libs/deadlines): a plan
 * adds the first, each timer that fires adds the next. Delayed jobs carry versioned ids (an existing id
 * is not added twice), the earlier versions' timers are removed, and a timer past its time fires at once.
 */
@Injectable()
export class TimerPlanner {
  private readonly plans = callBatches<PlanJob, number>((jobs) => this.planMany(jobs), PLAN_BATCH);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectQueue(QUEUE_NAMES.deadlines) private readonly queue: Queue,
    private readonly clock: DeadlineClock,
  ) {}

  /** Starts the subject's chain if it is still at the planned version; resolves to how many timers it added. */
  plan(job: PlanJob): Promise<number> {
    return this.plans.load(job);
  }

  /** Plans running at once: their subjects loaded in two statements, their first timers added in one call. */
  private async planMany(jobs: readonly PlanJob[]): Promise<number[]> {
    const timers = await this.timersOf(jobs);
    // A new version: none of its timers has fired yet.
    const firsts = timers.map((each) => each && pendingTimer(each, new Set()));
    await this.schedule(firsts.filter((first): first is Timer => first !== undefined));
    // A stale timer that is running right now cannot be removed; it finds its version gone and does nothing.
    const earlier = jobs.flatMap((job) => earlierTimerIds(this.clock.policy, job.subject, job.id, job.version, EARLIER_VERSIONS));
    await Promise.allSettled(earlier.map((id) => this.queue.remove(id)));
    return firsts.map((first) => (first ? 1 : 0));
  }

  /** After a timer has acted: adds the next of its chain, if its subject is still at the timer's version. */
  async scheduleNext({ kind, subject, subjectId, version }: TimerJob): Promise<void> {
    const [timers] = await this.timersOf([{ subject, id: subjectId, version }]);
    const next = timers && timerAfter(timers, timerId(kind, subjectId, version));
    if (next) await this.schedule([next]);
  }

  /** The timers each subject should have now, or undefined for one that has moved past its `version`. */
  private async timersOf(subjects: readonly PlanJob[]): Promise<(Timer[] | undefined)[]> {
    const ids = (kind: PlanJob['subject']) => subjects.filter((subject) => subject.subject === kind).map((subject) => subject.id);
    const [ticketIds, assignmentIds] = [ids('ticket'), ids('assignment')];
    // A batch of one kind does not ask for the other.
    const [tickets, assignments, calendar] = await Promise.all([
      ticketIds.length > 0 ? this.db.getRepository(TicketEntity).findBy({ id: In(ticketIds) }) : [],
      assignmentIds.length > 0 ? this.db.getRepository(AssignmentEntity).findBy({ id: In(assignmentIds) }) : [],
      this.clock.calendar(),
    ]);
    const ticketById = new Map(tickets.map((ticket) => [ticket.id, ticket]));
    const assignmentById = new Map(assignments.map((assignment) => [assignment.id, assignment]));
    return subjects.map(({ subject, id, version }) => {
      if (subject === 'ticket') {
        const ticket = ticketById.get(id);
        return ticket?.version === version ? ticketTimers(ticket) : undefined;
      }
      const assignment = assignmentById.get(id);
      return assignment?.version === version ? assignmentTimers(this.clock.policy, calendar, assignment) : undefined;
    });
  }

  async schedule(timers: readonly Timer[], now = Date.now()): Promise<void> {
    if (timers.length === 0) return;
    await this.queue.addBulk(
      timers.map(({ id, kind, subject, subjectId, version, at }) => ({
        name: kind,
        data: { kind, subject, subjectId, version, at: at.getTime() } satisfies TimerJob,
        opts: { jobId: id, delay: Math.max(0, at.getTime() - now) },
      })),
    );
  }
}
