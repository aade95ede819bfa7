/** A knowledge article as staff see it (apps/mailbox/src/knowledge/knowledge-view.ts). */
export interface KnowledgeArticle {
  id: number;
  title: string;
  categoryCode: string | null;
  categoryName: string | null;
  keywords: string;
  validFrom: string | null;
  validTo: string | null;
  isPublic: boolean;
  ownerUnit: { id: number; code: string | null; name: string | null } | null;
  updatedAt: string;
}

/** A search result: an excerpt for the content. */
export interface FoundArticle extends KnowledgeArticle {
  excerpt: string;
  titleMatch: boolean;
}

/** One article, whole. */
export interface ArticleDetail extends KnowledgeArticle {
  content: string;
  createdAt: string;
}
