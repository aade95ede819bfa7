import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, InstantColumn } from './columns.js';

/** An operator's state now (示忙/示闲): ready, on a call, in after-call work, away or offline. */
@Entity('operator_presence')
export class OperatorPresenceEntity {
  @PrimaryColumn({ type: 'int', unsigned: true })
  userId: number;

  @CodeColumn(20)
  state: string;

  @InstantColumn()
  since: Date;

  /** The call being talked or wrapped up, so that its after-call work can be timed. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  callId: string | null;
}

/** Each stretch of one state, for occupancy and attendance reports. */
@Entity('presence_log')
@Index('idx_presence_log_user_started', ['userId', 'startedAt'])
export class PresenceLogEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', unsigned: true })
  id: number;

  @Column({ type: 'int', unsigned: true })
  userId: number;

  @CodeColumn(20)
  state: string;

  @InstantColumn()
  startedAt: Date;

  @InstantColumn({ nullable: true })
  endedAt: Date | null;
}
