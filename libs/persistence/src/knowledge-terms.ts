import type { EntityManager } from 'typeorm';
import { documentTerms } from '#libs/search-terms';
import type { KnowledgeArticleEntity } from './entities/knowledge-article.entity.js';
import { KnowledgeTermEntity } from './entities/knowledge-term.entity.js';

/** What of an article its postings are made from. */
export type IndexedArticle = Pick<
  KnowledgeArticleEntity,
  'id' | 'title' | 'keywords' | 'content' | 'validFrom' | 'validTo' | 'isPublic' | 'categoryCode'
>;

/** Rows per INSERT: a 20,000-character article can have thousands of terms. */
const CHUNK = 1_000;

/** The `knowledge_terms` rows of an article: its terms, and what a search filters on. */
export const knowledgeTermRows = (article: IndexedArticle): KnowledgeTermEntity[] =>
  documentTerms(article).map((entry) => ({
    term: entry.term,
    articleId: article.id,
    occurrences: Math.min(entry.count, 65_535),
    inTitle: entry.inTitle,
    inKeywords: entry.inKeywords,
    validFrom: article.validFrom,
    validTo: article.validTo,
    isPublic: article.isPublic,
    categoryCode: article.categoryCode,
  }));

/** Replaces an article's postings; call it in the transaction that writes the article. */
export async function writeKnowledgeTerms(manager: EntityManager, article: IndexedArticle): Promise<void> {
  await manager.delete(KnowledgeTermEntity, { articleId: article.id });
  const rows = knowledgeTermRows(article);
  for (let start = 0; start < rows.length; start += CHUNK) await manager.insert(KnowledgeTermEntity, rows.slice(start, start + CHUNK));
}
