import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

const count = () => Column({ type: 'int', unsigned: true, default: 0 });

/**
 * One unit's ticket counts (libs/metrics `UnitCounts`) for one Asia/Shanghai day, first-round and
 * redo work apart: rebuilt from assignments and callback tasks, so a month's ranking sums a few
 * thousand rows instead of scanning a month of tickets.
 */
@Entity('unit_daily_figures')
@Index('idx_unit_daily_figures_unit_day', ['unitId', 'day'])
export class UnitDailyFiguresEntity {
  @PrimaryColumn({ type: 'date' })
  day: string;

  @PrimaryColumn({ type: 'int', unsigned: true })
  unitId: number;

  @PrimaryColumn({ type: 'boolean' })
  redo: boolean;

  @count()
  signDue: number;

  @count()
  signedInTime: number;

  @count()
  replies: number;

  @count()
  repliedInTime: number;

  @count()
  dispatched: number;

  @count()
  returned: number;

  @count()
  reached: number;

  @count()
  solved: number;

  @count()
  satisfied: number;

  @count()
  unreached: number;
}
