import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, CreatedAtColumn, InstantColumn } from './columns.js';

/**
 * Written in the same transaction as the state change it announces; a relay publishes it to BullMQ
 * and Socket.IO afterwards, so nothing is lost when Redis is down at commit time.
 */
@Entity('outbox')
@Index('idx_outbox_unpublished', ['publishedAt', 'id'])
export class OutboxEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', unsigned: true })
  id: number;

  @CodeColumn(64)
  topic: string;

  @Column({ type: 'int', unsigned: true })
  aggregateId: number;

  @Column({ type: 'json' })
  payload: object;

  @Column({ type: 'smallint', unsigned: true, default: 0 })
  attempts: number;

  @CreatedAtColumn()
  createdAt: Date;

  @InstantColumn({ nullable: true })
  publishedAt: Date | null;
}
