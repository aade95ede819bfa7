import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CodeColumn, CreatedAtColumn, InstantColumn, UpdatedAtColumn } from './columns.js';

/**
 * One call to the hotline as its CTI events describe it (folded from `call_events`, whatever their
 * order), with what intake made of it: the outcome an operator recorded, and for an abandoned call
 * the call-back it is owed (漏接回拨).
 */
@Entity('calls')
@Index('idx_calls_offered', ['offeredAt'])
@Index('idx_calls_caller_offered', ['callerNumber', 'offeredAt'])
@Index('idx_calls_status_called_back', ['status', 'calledBackAt'])
export class CallEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  callId: string;

  @Column({ type: 'varchar', length: 32 })
  callerNumber: string;

  @CodeColumn(32)
  line: string;

  @CodeColumn(32)
  queue: string;

  @CodeColumn(12)
  status: string;

  @InstantColumn({ nullable: true })
  offeredAt: Date | null;

  @InstantColumn({ nullable: true })
  answeredAt: Date | null;

  @Column({ type: 'int', unsigned: true, nullable: true })
  answeredBy: number | null;

  @InstantColumn({ nullable: true })
  abandonedAt: Date | null;

  @InstantColumn({ nullable: true })
  endedAt: Date | null;

  @InstantColumn({ nullable: true })
  transferredAt: Date | null;

  @CodeColumn(16, { nullable: true })
  transferTo: string | null;

  @Column({ type: 'int', unsigned: true, nullable: true })
  waitMs: number | null;

  @Column({ type: 'int', unsigned: true, nullable: true })
  talkMs: number | null;

  /** 话后处理: from the call's end until its operator was ready again. */
  @Column({ type: 'int', unsigned: true, nullable: true })
  wrapUpMs: number | null;

  /** One of the five intake outcomes, for a call that ended without a ticket dispatched. */
  @CodeColumn(20, { nullable: true })
  outcome: string | null;

  @Column({ type: 'int', unsigned: true, nullable: true })
  outcomeBy: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  outcomeNote: string | null;

  /** 漏接回拨: when an operator called an abandoned caller back, and whether it reached them. */
  @InstantColumn({ nullable: true })
  calledBackAt: Date | null;

  @Column({ type: 'int', unsigned: true, nullable: true })
  calledBackBy: number | null;

  @CodeColumn(16, { nullable: true })
  callBackResult: string | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
