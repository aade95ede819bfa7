import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { RuleAction, RuleConditions } from '#libs/dispatch-rules';
import { CreatedAtColumn, UpdatedAtColumn } from './columns.js';

/**
 * 分级分类派单 rule. Conditions and action are JSON because the rules engine compiles them into an
 * in-memory index; MySQL only stores and versions them.
 */
@Entity('dispatch_rules')
@Index('idx_dispatch_rules_enabled', ['enabled'])
export class DispatchRuleEntity {
  @PrimaryGeneratedColumn({ type: 'int', unsigned: true })
  id: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'int', default: 0 })
  priority: number;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @Column({ type: 'json' })
  conditions: RuleConditions;

  @Column({ type: 'json' })
  action: RuleAction;

  @VersionColumn({ type: 'int', unsigned: true })
  version: number;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
