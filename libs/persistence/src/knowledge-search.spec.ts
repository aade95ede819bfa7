import { describe, expect, it } from '@jest/globals';
import { queryTerms } from '#libs/search-terms';
import { knowledgeCountStatement, knowledgeSearchStatement, type KnowledgeFilter, type KnowledgeVisibility } from './knowledge-search.js';

const today: KnowledgeVisibility = { validOn: '2026-06-01', publicOnly: false };
const filter = (q: string, visibility: KnowledgeVisibility = today, categoryCode?: string): KnowledgeFilter => ({ terms: q === '' ? null : queryTerms(q), visibility, categoryCode });
const placeholders = (sql: string): number => sql.split('?').length - 1;

// 100 different characters: 99 bigrams, more than a join may have tables.
const longQuery = Array.from({ length: 100 }, (_, index) => String.fromCodePoint(0x4e00 + index)).join('');

describe('knowledgeSearchStatement', () => {
  it.each([
    ['no text: the latest articles', filter(''), 'FROM knowledge_articles a'],
    ['nothing to search by (punctuation only): no article', filter('？！…'), 'WHERE FALSE'],
    ['whole terms: a join of their postings', filter('社保卡 补办'), 'JOIN knowledge_terms t2'],
    ['a prefix: each term read on its own', filter('暖 供热'), 'UNION ALL'],
    ['a single prefix', filter('暖'), 'HAVING COUNT(*) = ?'],
    ['99 terms: each read on its own, never 99 joins', filter(longQuery), 'UNION ALL'],
  ])('%s', (_case, asked, marker) => {
    const { sql } = knowledgeSearchStatement(asked, 0, 20);
    expect(sql).toContain(marker);
    // MariaDB refuses a join of more than 61 tables: the postings' joins and the page's three.
    expect((sql.match(/JOIN /g)?.length ?? 0) + 1).toBeLessThanOrEqual(61);
  });

  it.each([
    ['no text', '', today],
    ['punctuation only', '？！', today],
    ['a word', '供暖', today],
    ['words, whatever the dates', '社保卡 补办 ETC', { validOn: null, publicOnly: false }],
    ['a prefix and a word, public only', '暖 暖气', { validOn: '2026-06-01', publicOnly: true }],
    ['a prefix, or a unit admin\'s own', '暖', { validOn: '2026-06-01', orOwnedBy: [3, 4], publicOnly: false }],
    ['99 terms, public and own', longQuery, { validOn: '2026-06-01', orOwnedBy: [3], publicOnly: true }],
  ] as [string, string, KnowledgeVisibility][])('%s: one parameter for each placeholder, the page last', (_case, q, visibility) => {
    for (const asked of [filter(q, visibility), filter(q, visibility, '1204')]) {
      const search = knowledgeSearchStatement(asked, 40, 20);
      expect(placeholders(search.sql)).toBe(search.params.length);
      expect(search.params.slice(-2)).toEqual([20, 40]);
      const count = knowledgeCountStatement(asked);
      expect(placeholders(count.sql)).toBe(count.params.length);
    }
  });

  it('asks for a category and the groups below it, and for a prefix, as LIKE patterns', () => {
    expect(knowledgeSearchStatement(filter('暖', today, '1204'), 0, 20).params).toEqual(expect.arrayContaining(['暖%', '1204%']));
  });
});
