import type { KnowledgeArticleEntity } from '#libs/persistence';
import { excerpt, type Gram } from '#libs/search-terms';
import type { FoundArticle } from '#libs/persistence';

/** Characters of content a result list shows under each title. */
const EXCERPT_LENGTH = 120;

/** An article as a search row and the entity both give it, for the views below. */
interface Article {
  id: number;
  title: string;
  content: string;
  categoryCode: string | null;
  categoryName: string | null;
  keywords: string;
  validFrom: string | null;
  validTo: string | null;
  isPublic: boolean;
  ownerUnit: { id: number; code: string | null; name: string | null } | null;
  updatedAt: Date;
}

const fromRow = (row: FoundArticle): Article => ({
  id: Number(row.id),
  title: row.title,
  content: row.content,
  categoryCode: row.category_code,
  categoryName: row.category_name,
  keywords: row.keywords,
  validFrom: row.valid_from,
  validTo: row.valid_to,
  isPublic: Boolean(row.is_public),
  ownerUnit: row.owner_id === null ? null : { id: Number(row.owner_id), code: row.owner_code, name: row.owner_name },
  updatedAt: row.updated_at,
});

const fromEntity = (article: KnowledgeArticleEntity): Article => ({
  ...article,
  categoryName: article.category?.name ?? null,
  ownerUnit: article.ownerUnit ? { id: article.ownerUnit.id, code: article.ownerUnit.code, name: article.ownerUnit.name } : null,
});

/**
 * What the public mailbox page shows: the answer and its category. Not who keeps it, its keywords
 * (editors' words, not the public's) nor whether it is staff-only — a public article is, by being shown.
 */
const publicView = ({ id, title, categoryCode, categoryName, updatedAt }: Article) => ({ id, title, categoryCode, categoryName, updatedAt });

/** What staff see: the public view, and what keeping the article needs (keywords, dates, who keeps it). */
const staffView = (article: Article) => ({
  ...publicView(article),
  keywords: article.keywords,
  validFrom: article.validFrom,
  validTo: article.validTo,
  isPublic: article.isPublic,
  ownerUnit: article.ownerUnit,
});

/** A result list shows an excerpt for the full text. */
const excerptOf = (row: FoundArticle, q: readonly Gram[]) => excerpt(row.content, q, EXCERPT_LENGTH);

export const staffSummary = (row: FoundArticle, q: readonly Gram[], titleMatch: boolean) => ({
  ...staffView(fromRow(row)),
  excerpt: excerptOf(row, q),
  titleMatch,
});

export const staffDetail = (article: KnowledgeArticleEntity) => ({
  ...staffView(fromEntity(article)),
  content: article.content,
  createdAt: article.createdAt,
});

export const publicSummary = (row: FoundArticle, q: readonly Gram[]) => ({ ...publicView(fromRow(row)), excerpt: excerptOf(row, q) });

export const publicDetail = (article: KnowledgeArticleEntity) => ({ ...publicView(fromEntity(article)), content: article.content });
