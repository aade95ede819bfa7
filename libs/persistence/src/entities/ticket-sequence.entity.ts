import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last ticket number given out on a day; incremented under a row lock at intake. */
@Entity('ticket_sequences')
export class TicketSequenceEntity {
  /** `YYYYMMDD` in Asia/Shanghai. */
  @PrimaryColumn({ type: 'char', length: 8 })
  day: string;

  @Column({ type: 'int', unsigned: true })
  lastValue: number;
}
