import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, CreatedAtColumn, InstantColumn } from './columns.js';

/** A CTI event as it came: the first of each type per call is kept, so a repeated event changes nothing. */
@Entity('call_events')
@Index('uq_call_events_call_type', ['callId', 'type'], { unique: true })
export class CallEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', unsigned: true })
  id: number;

  @Column({ type: 'varchar', length: 64 })
  callId: string;

  @CodeColumn(12)
  type: string;

  @InstantColumn()
  at: Date;

  @Column({ type: 'json' })
  payload: object;

  @CreatedAtColumn()
  receivedAt: Date;
}
