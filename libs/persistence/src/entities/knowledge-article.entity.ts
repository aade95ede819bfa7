import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CodeColumn, CreatedAtColumn, UpdatedAtColumn } from './columns.js';
import { CategoryEntity } from './category.entity.js';
import { UnitEntity } from './unit.entity.js';

/**
 * 知识库 article: what lets an operator answer at once (直接办结), and what the public mailbox page shows.
 * Its search terms are rows of `knowledge_terms`, written with it in one transaction.
 */
@Entity('knowledge_articles')
@Index('idx_knowledge_category', ['categoryCode'])
export class KnowledgeArticleEntity {
  @PrimaryGeneratedColumn({ type: 'int', unsigned: true })
  id: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** Up to 20,000 characters, which in utf8mb4 may be more than TEXT's 64 KB. */
  @Column({ type: 'mediumtext' })
  content: string;

  @CodeColumn(6, { nullable: true })
  categoryCode: string | null;

  @ManyToOne(() => CategoryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'category_code', foreignKeyConstraintName: 'fk_knowledge_category' })
  category?: Relation<CategoryEntity>;

  @Column({ type: 'varchar', length: 500, default: '' })
  keywords: string;

  @Column({ type: 'date', nullable: true })
  validFrom: string | null;

  @Column({ type: 'date', nullable: true })
  validTo: string | null;

  @Column({ type: 'int', unsigned: true, nullable: true })
  ownerUnitId: number | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_unit_id', foreignKeyConstraintName: 'fk_knowledge_owner_unit' })
  ownerUnit?: Relation<UnitEntity>;

  /** Shown on the public mailbox page too; otherwise only to staff (internal guidance, 内部口径). */
  @Column({ type: 'boolean', default: true })
  isPublic: boolean;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
