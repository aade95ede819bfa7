import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { CodeColumn } from './columns.js';
import { KnowledgeArticleEntity } from './knowledge-article.entity.js';

/**
 * The knowledge base's own inverted index (postings): one row per term of an article (`#libs/search-terms`:
 * Chinese bigrams, words), keyed by term so that a search reads each asked term's rows as one range of the
 * primary key. What a search filters on is copied here from the article (its dates, whether it is public,
 * its category), so the search never reads the articles it does not show; the terms of an article are
 * rewritten with it, in one transaction, and go with it (ON DELETE CASCADE).
 */
@Entity('knowledge_terms')
@Index('idx_knowledge_terms_article', ['articleId'])
export class KnowledgeTermEntity {
  /** Compared byte for byte: 供暖 is not 供曖, and ＡＢ was folded to ab when the terms were made. */
  @PrimaryColumn({ type: 'varchar', length: 32, charset: 'utf8mb4', collation: 'utf8mb4_bin' })
  term: string;

  @PrimaryColumn({ type: 'int', unsigned: true })
  articleId: number;

  @ManyToOne(() => KnowledgeArticleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id', foreignKeyConstraintName: 'fk_knowledge_terms_article' })
  article?: Relation<KnowledgeArticleEntity>;

  /** Occurrences in title, keywords and content together. */
  @Column({ type: 'smallint', unsigned: true })
  occurrences: number;

  @Column({ type: 'boolean' })
  inTitle: boolean;

  @Column({ type: 'boolean' })
  inKeywords: boolean;

  @Column({ type: 'date', nullable: true })
  validFrom: string | null;

  @Column({ type: 'date', nullable: true })
  validTo: string | null;

  @Column({ type: 'boolean' })
  isPublic: boolean;

  @CodeColumn(6, { nullable: true })
  categoryCode: string | null;
}
