import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { RequestType } from '#libs/domain';
import { CodeColumn } from './columns.js';

/** 回访抽样: the share of a kind of ticket called back (libs/callbacks `samplePercent`). */
@Entity('callback_sampling_rules')
@Index('uq_callback_sampling_rules_kind', ['categoryPrefix', 'requestType'], { unique: true })
export class CallbackSamplingRuleEntity {
  @PrimaryGeneratedColumn({ type: 'int', unsigned: true })
  id: number;

  /** '' for every category. */
  @CodeColumn(6, { default: '' })
  categoryPrefix: string;

  /** Null for every request type. */
  @CodeColumn(16, { nullable: true })
  requestType: RequestType | null;

  @Column({ type: 'tinyint', unsigned: true })
  percent: number;
}
