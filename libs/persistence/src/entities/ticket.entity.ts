import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn, type Relation } from 'typeorm';
import type { Channel, RequestType, TicketStatus, Urgency } from '#libs/domain';
import { CodeColumn, CreatedAtColumn, InstantColumn, UpdatedAtColumn } from './columns.js';
import { CategoryEntity } from './category.entity.js';
import { RegionEntity } from './region.entity.js';
import { UserEntity } from './user.entity.js';

/** 工单: one citizen request from any channel. */
@Entity('tickets')
@Index('uq_tickets_number', ['number'], { unique: true })
@Index('idx_tickets_phone_created', ['citizenPhone', 'createdAt']) // screen pop: a caller's history
@Index('idx_tickets_status_created', ['status', 'createdAt']) // the dispatchers' pool
@Index('idx_tickets_region_created', ['regionCode', 'createdAt'])
@Index('idx_tickets_category_created', ['categoryCode', 'createdAt'])
@Index('idx_tickets_created', ['createdAt'])
@Index('idx_tickets_publishable', ['publishConsent', 'channel', 'status']) // the letters the centre may publish
export class TicketEntity {
  @PrimaryGeneratedColumn({ type: 'int', unsigned: true })
  id: number;

  /** Human-readable number: the day and its sequence, e.g. 2026112300042. */
  @CodeColumn(20)
  number: string;

  /** 查询码: kept only as a keyed hash; the citizen is told the code once, at intake. */
  @Column({ type: 'char', length: 64 })
  queryCodeHash: string;

  @CodeColumn(12)
  channel: Channel;

  @CodeColumn(12)
  requestType: RequestType;

  @CodeColumn(6)
  categoryCode: string;

  @ManyToOne(() => CategoryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'category_code', foreignKeyConstraintName: 'fk_tickets_category' })
  category?: Relation<CategoryEntity>;

  @CodeColumn(12)
  regionCode: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'fk_tickets_region' })
  region?: Relation<RegionEntity>;

  @Column({ type: 'varchar', length: 200 })
  address: string;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'text' })
  content: string;

  @Column({ type: 'varchar', length: 50, nullable: true })
  citizenName: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  citizenPhone: string | null;

  /** A letter's optional e-mail address, where its reply can also be sent. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  citizenEmail: string | null;

  /** 同意公开: the writer of a letter agrees that its reply may be published, without personal data. */
  @Column({ type: 'boolean', default: false })
  publishConsent: boolean;

  /** 保密: the citizen's identity is withheld from units. */
  @Column({ type: 'boolean', default: false })
  confidential: boolean;

  /** 营商环境 enterprise request: the green channel. */
  @Column({ type: 'boolean', default: false })
  enterprise: boolean;

  @CodeColumn(10)
  urgency: Urgency;

  @CodeColumn(20)
  status: TicketStatus;

  /** 首问负责: the operator who registered the ticket owns it until it is closed. */
  @Column({ type: 'int', unsigned: true, nullable: true })
  ownerUserId: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_user_id', foreignKeyConstraintName: 'fk_tickets_owner_user' })
  ownerUser?: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 64, nullable: true })
  callId: string | null;

  /** 并单: the ticket this one was merged into. */
  @Column({ type: 'int', unsigned: true, nullable: true })
  mergedIntoId: number | null;

  @ManyToOne(() => TicketEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'merged_into_id', foreignKeyConstraintName: 'fk_tickets_merged_into' })
  mergedInto?: Relation<TicketEntity>;

  /** Dispatch rounds that ended in an approved return; the fourth needs the centre to designate. */
  @Column({ type: 'tinyint', unsigned: true, default: 0 })
  dispatchRounds: number;

  @InstantColumn({ nullable: true })
  dispatchDueAt: Date | null;

  @InstantColumn({ nullable: true })
  closedAt: Date | null;

  /** Optimistic lock: every state change is `UPDATE … WHERE id = ? AND version = ?`. */
  @VersionColumn({ type: 'int', unsigned: true })
  version: number;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
