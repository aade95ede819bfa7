import type { QueryTerm } from '#libs/search-terms';
import { escapeLike } from './like.js';

/** Which articles a reader may find: valid on a day (or any day), public ones only, and those a unit admin keeps. */
export interface KnowledgeVisibility {
  /** `YYYY-MM-DD`: only articles valid that day; null: whatever their dates. */
  validOn: string | null;
  /** Also these units' articles whatever their dates (a unit admin's own, to renew them). */
  orOwnedBy?: readonly number[];
  publicOnly: boolean;
}

export interface KnowledgeFilter {
  /**
   * What the text asks for (`queryTerms`). Null, no text: every visible article, the latest first. None,
   * text with nothing to search by (punctuation only): no article, rather than every one.
   */
  terms: readonly QueryTerm[] | null;
  visibility: KnowledgeVisibility;
  categoryCode?: string;
}

export interface KnowledgeStatement {
  sql: string;
  params: unknown[];
}

/** A row of a page of results: the article, its category's and owner's names, and the number of matches. */
export interface FoundArticle {
  id: number;
  total: number | string;
  title_terms: number | string;
  title: string;
  content: string;
  category_code: string | null;
  category_name: string | null;
  keywords: string;
  valid_from: string | null;
  valid_to: string | null;
  is_public: number;
  updated_at: Date;
  owner_id: number | null;
  owner_code: string | null;
  owner_name: string | null;
}

/** Occurrences of a term beyond this add nothing: an article that repeats a word is not more about it. */
const OCCURRENCES_CAP = 5;
/** A term among the article's keywords counts as this many occurrences more. */
const KEYWORD_WEIGHT = 3;
/**
 * More whole terms than this are read term by term (`unioned`) rather than joined: MariaDB refuses a
 * join of more than 61 tables (a pasted sentence of 100 characters asks for 99 bigrams), and planning
 * one grows with every table (on the demo data: 24 terms 2.3 ms, 60 terms 7.8 ms, mostly planning).
 */
const MAX_JOINED_TERMS = 24;

/** Best first: every term in the title, then more of them there, then occurrences and keywords; the newer id breaks ties. */
const ranking = (alias: string): string => `${alias}title_terms DESC, ${alias}score DESC, ${alias}id DESC`;

/** What one posting adds to an article's score. */
const postingScore = (alias: string): string => `LEAST(${alias}.occurrences, ${OCCURRENCES_CAP}) + ${KEYWORD_WEIGHT} * ${alias}.in_keywords`;

/**
 * The one statement of a knowledge search: a page of matching articles, best first (`ranking`), with
 * the number of matches in all (`total`, on every row). The matches come from the postings alone
 * (`hitsOf`): an article has every asked term. Only the page's articles are read, with the names of
 * their category and owning unit. Without terms, the visible articles, the latest changed first.
 */
export function knowledgeSearchStatement(filter: KnowledgeFilter, offset: number, limit: number): KnowledgeStatement {
  const hits = hitsOf(filter);
  return {
    sql:
      'SELECT h.id, h.total, h.title_terms, a.title, a.content, a.category_code, c.name AS category_name, a.keywords, a.valid_from, ' +
      'a.valid_to, a.is_public, a.updated_at, u.id AS owner_id, u.code AS owner_code, u.name AS owner_name ' +
      `FROM (${hits.sql} ORDER BY ${ranking('')} LIMIT ? OFFSET ?) h ` +
      'JOIN knowledge_articles a ON a.id = h.id LEFT JOIN categories c ON c.code = a.category_code LEFT JOIN units u ON u.id = a.owner_unit_id ' +
      `ORDER BY ${ranking('h.')}`,
    params: [...hits.params, limit, offset],
  };
}

/** The number of matches alone, for a page past the last one (where the statement above returns no row). */
export function knowledgeCountStatement(filter: KnowledgeFilter): KnowledgeStatement {
  const hits = hitsOf(filter);
  return { sql: `SELECT COUNT(*) AS total FROM (${hits.sql}) h`, params: hits.params };
}

/** The matching articles' ids, with `total`, `title_terms` and `score`, read the way that reads least for the terms asked. */
function hitsOf(filter: KnowledgeFilter): KnowledgeStatement {
  const { terms } = filter;
  if (terms === null) return latest(filter);
  if (terms.length === 0) return NO_ARTICLES;
  if (terms.length <= MAX_JOINED_TERMS && terms.every((term) => !term.prefix)) return joined(filter, terms);
  return unioned(filter, terms);
}

const NO_ARTICLES: KnowledgeStatement = { sql: 'SELECT a.id, 0 AS total, 0 AS title_terms, 0 AS score FROM knowledge_articles a WHERE FALSE', params: [] };

/** Without terms: `score` is how recent the change, so the latest come first. */
function latest(filter: KnowledgeFilter): KnowledgeStatement {
  const where = conditions(filter, 'a');
  return {
    sql: `SELECT a.id, COUNT(*) OVER () AS total, 0 AS title_terms, a.updated_at AS score FROM knowledge_articles a${whereOf(where.parts)}`,
    params: where.params,
  };
}

/**
 * A few whole terms: one posting per term and article, so the articles with every term are a join of
 * the terms' postings on the article. The server starts from the term with the fewest postings (it
 * estimates each term's range from the primary key) and looks the others up by (term, article): the
 * work follows the rarest term, not the commonest.
 */
function joined(filter: KnowledgeFilter, terms: readonly QueryTerm[]): KnowledgeStatement {
  const aliases = terms.map((_, index) => `t${index}`);
  const joins = aliases.slice(1).map((alias) => ` JOIN knowledge_terms ${alias} ON ${alias}.term = ? AND ${alias}.article_id = t0.article_id`);
  const where = conditions(filter, 't0');
  return {
    sql:
      `SELECT t0.article_id AS id, COUNT(*) OVER () AS total, ${aliases.map((alias) => `${alias}.in_title`).join(' + ')} AS title_terms, ` +
      `${aliases.map(postingScore).join(' + ')} AS score FROM knowledge_terms t0${joins.join('')}${whereOf(['t0.term = ?', ...where.parts])}`,
    params: [...terms.slice(1).map((term) => term.term), terms[0]!.term, ...where.params],
  };
}

/**
 * A one-character prefix (暖 is in 暖气, 暖和 and 暖), or many terms: each term's postings are read as one
 * range of the key and summed up per article, and an article is found when every term found it. A
 * posting may answer two terms (暖气 is both 暖… and 暖气), so each term reads its own.
 */
function unioned(filter: KnowledgeFilter, terms: readonly QueryTerm[]): KnowledgeStatement {
  const where = conditions(filter, 't');
  const perTerm = terms.map((term) => ({
    sql:
      `SELECT t.article_id AS id, MAX(t.in_title) AS in_title, SUM(${postingScore('t')}) AS score FROM knowledge_terms t` +
      `${whereOf([term.prefix ? 't.term LIKE ?' : 't.term = ?', ...where.parts])} GROUP BY t.article_id`,
    params: [term.prefix ? `${escapeLike(term.term)}%` : term.term, ...where.params],
  }));
  return {
    sql:
      'SELECT m.id, COUNT(*) OVER () AS total, SUM(m.in_title) AS title_terms, SUM(m.score) AS score ' +
      `FROM (${perTerm.map((branch) => branch.sql).join(' UNION ALL ')}) m GROUP BY m.id HAVING COUNT(*) = ?`,
    params: [...perTerm.flatMap((branch) => branch.params), perTerm.length],
  };
}

const whereOf = (parts: readonly string[]): string => (parts.length > 0 ? ` WHERE ${parts.join(' AND ')}` : '');

/** The conditions on the visibility and category columns, which postings and articles both have. */
function conditions({ visibility, categoryCode }: KnowledgeFilter, alias: string): { parts: string[]; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (visibility.validOn !== null) {
    let valid = `(${alias}.valid_from IS NULL OR ${alias}.valid_from <= ?) AND (${alias}.valid_to IS NULL OR ${alias}.valid_to >= ?)`;
    params.push(visibility.validOn, visibility.validOn);
    if (visibility.orOwnedBy && visibility.orOwnedBy.length > 0) {
      const owned =
        alias === 'a'
          ? 'a.owner_unit_id IN (?)'
          : `${alias}.article_id IN (SELECT o.id FROM knowledge_articles o WHERE o.owner_unit_id IN (?))`;
      valid = `((${valid}) OR ${owned})`;
      params.push([...visibility.orOwnedBy]);
    }
    parts.push(valid);
  }
  if (visibility.publicOnly) parts.push(`${alias}.is_public = 1`);
  if (categoryCode) {
    parts.push(`${alias}.category_code LIKE ?`);
    params.push(`${escapeLike(categoryCode)}%`);
  }
  return { parts, params };
}
