import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CodeColumn } from './columns.js';

/**
 * A day that breaks the Monday–Friday rule: a public holiday, or a make-up working day (调休) on a
 * weekend. Days not listed follow the weekday rule.
 */
@Entity('calendar_days')
export class CalendarDayEntity {
  /** `YYYY-MM-DD` in Asia/Shanghai. */
  @PrimaryColumn({ type: 'date' })
  day: string;

  @CodeColumn(10)
  kind: 'holiday' | 'workday';

  @Column({ type: 'varchar', length: 50 })
  name: string;

  /** Where the row came from: the seeded data source, or an administrator's edit. */
  @CodeColumn(10)
  source: 'seed' | 'admin';
}
