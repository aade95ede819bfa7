import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { POLICIES } from '#config/policies';
import { WorkCalendar } from '#libs/calendar';
import { assignmentDueTimes, extendedReplyDueAt, redoDueTimes, supervisedRedoDueTimes, supervisionDueAt, type DeadlinePolicy, type Limit } from '#libs/deadlines';
import type { DueTimes } from '#libs/domain';
import { CalendarDayEntity, type TicketEntity } from '#libs/persistence';
import { SETTINGS, SettingsError, type Settings } from '#libs/settings';
import { Refreshing } from './refreshing.js';

/** The configured profile; an unknown name, or the drill profile in production, stops the app at start. */
function policyNamed({ deadlinePolicy, env }: Settings): DeadlinePolicy {
  if (!Object.hasOwn(POLICIES, deadlinePolicy)) {
    throw new SettingsError('DEADLINE_POLICY', `must be one of ${Object.keys(POLICIES).join(', ')}`);
  }
  if (deadlinePolicy === 'drill' && env === 'production') throw new SettingsError('DEADLINE_POLICY', 'drill is for training systems only');
  return POLICIES[deadlinePolicy as keyof typeof POLICIES];
}

/** What of a ticket its limits depend on. */
export type DueFacts = Pick<TicketEntity, 'requestType' | 'urgency' | 'enterprise'>;

/** How long a loaded calendar is trusted: an administrator's holiday edit reaches every instance within it. */
const CALENDAR_TTL_MS = 60_000;

/**
 * The working-day calendar (Mon–Fri, holidays and make-up days from `calendar_days`) and the city's
 * deadline policy, which every due time is computed from.
 */
@Injectable()
export class DeadlineClock {
  readonly policy: DeadlinePolicy;
  private readonly loaded: Refreshing<WorkCalendar>;

  constructor(@InjectDataSource() db: DataSource, @Inject(SETTINGS) settings: Settings) {
    this.policy = policyNamed(settings);
    this.loaded = new Refreshing(async () => {
      const days = await db.getRepository(CalendarDayEntity).find();
      return new WorkCalendar(days.map(({ day, kind }) => ({ date: day, kind })));
    }, CALENDAR_TTL_MS);
  }

  calendar(): Promise<WorkCalendar> {
    return this.loaded.get();
  }

  /** After an administrator's edit of `calendar_days`: this instance uses it from the next due on. */
  invalidate(): void {
    this.loaded.invalidate();
  }

  /** Sign-due, reply-due and the return window of an assignment dispatched now (with its category's reply limit, if a rule sets one). */
  async assignmentDue(ticket: DueFacts, now: Date, categoryReplyLimit?: Limit): Promise<DueTimes & { returnWindowEndsAt: Date }> {
    const { requestType, urgency, enterprise } = ticket;
    return assignmentDueTimes(this.policy, await this.calendar(), { requestType, urgency, enterprise, categoryReplyLimit }, now);
  }

  /** 延期: the old reply-due plus the granted working days. */
  async extendedReplyDue(replyDueAt: Date, workingDays: number): Promise<Date> {
    return extendedReplyDueAt(await this.calendar(), replyDueAt, workingDays);
  }

  /** 重办: the sign-due and reply-due of a redo sent back at `reopenedAt`. */
  async redoDue(reopenedAt: Date): Promise<DueTimes> {
    return redoDueTimes(this.policy, await this.calendar(), reopenedAt);
  }

  /** 督办重办: a failed redo's dues when the centre sends it back under a supervision order at `reopenedAt`. */
  async supervisedRedoDue(reopenedAt: Date): Promise<DueTimes & { supervisionDueAt: Date }> {
    return supervisedRedoDueTimes(this.policy, await this.calendar(), reopenedAt);
  }

  /** 督办: the due of a supervision order opened at `orderedAt`. */
  async supervisionDue(orderedAt: Date): Promise<Date> {
    return supervisionDueAt(this.policy, await this.calendar(), orderedAt);
  }
}
