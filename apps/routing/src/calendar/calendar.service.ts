import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, type DataSource } from 'typeorm';
import type { AuthUser } from '#libs/auth';
import { changesWeekdayRule, isLocalDate, localYearOf, weekdayNameOf } from '#libs/calendar';
import { DeadlineClock } from '#libs/intake';
import { CalendarDayEntity } from '#libs/persistence';
import { invalidField } from '#libs/platform';
import { FIRST_YEAR, LAST_YEAR, type CalendarDayDto } from './calendar-day.dto.js';

/** A day as the API shows it. */
export interface CalendarDayView {
  day: string;
  kind: 'holiday' | 'workday';
  name: string;
  source: 'seed' | 'admin';
}

const view = ({ day, kind, name, source }: CalendarDayEntity): CalendarDayView => ({ day, kind, name, source });

/**
 * 节假日 administration: the days that break the Monday–Friday rule, seeded from the published
 * arrangement (config/calendar) and set by hand where it is late or wrong. An edit reaches this
 * instance's deadlines at once and every other instance's within the calendar's TTL.
 */
@Injectable()
export class CalendarService {
  private readonly logger = new Logger(CalendarService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: DeadlineClock,
  ) {}

  async list(year: number = localYearOf(new Date())): Promise<CalendarDayView[]> {
    const rows = await this.db.getRepository(CalendarDayEntity).find({ where: { day: Between(`${year}-01-01`, `${year}-12-31`) }, order: { day: 'ASC' } });
    return rows.map(view);
  }

  async set(day: string, input: CalendarDayDto, by: AuthUser): Promise<CalendarDayView> {
    requireDay(day);
    const kind = input.kind;
    if (!changesWeekdayRule(day, kind)) {
      const why =
        kind === 'workday'
          ? 'Monday to Friday are worked anyway; a make-up working day (调休) falls on a Saturday or Sunday'
          : 'weekends are off anyway; a holiday to declare falls on Monday to Friday';
      throw invalidField('kind', `kind ${kind} changes nothing on ${day}, a ${weekdayNameOf(day)}: ${why}`);
    }
    const repository = this.db.getRepository(CalendarDayEntity);
    await repository.upsert({ day, kind, name: input.name, source: 'admin' }, ['day']);
    this.clock.invalidate();
    this.logger.log(`calendar: ${day} set to ${kind} (${input.name}) by ${by.username}`);
    return view(await repository.findOneByOrFail({ day }));
  }

  async remove(day: string, by: AuthUser): Promise<void> {
    requireDay(day);
    const { affected } = await this.db.getRepository(CalendarDayEntity).delete({ day });
    if (affected !== 1) throw new NotFoundException(`${day} already follows the weekday rule`);
    this.clock.invalidate();
    this.logger.log(`calendar: ${day} back to the weekday rule, by ${by.username}`);
  }
}

/** 400 naming `day` unless it is a real date in the years the calendar takes. */
function requireDay(day: string): void {
  const year = Number(day.slice(0, 4));
  if (!isLocalDate(day) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw invalidField('day', `day must be a date YYYY-MM-DD from ${FIRST_YEAR}-01-01 to ${LAST_YEAR}-12-31`);
  }
}
