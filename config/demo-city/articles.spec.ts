import { describe, expect, it } from '@jest/globals';
import { isLocalDate } from '#libs/calendar';
import { queryTerms } from '#libs/search-terms';
import { demoCity } from './index.js';

const { articles, categories, units } = demoCity;

describe('demo city: knowledge base', () => {
  it('ships at least 50 articles with unique titles', () => {
    expect(articles.length).toBeGreaterThanOrEqual(50);
    expect(articles.map((a) => a.title).filter((title, index, all) => all.indexOf(title) !== index)).toEqual([]);
  });

  it('names only categories and units of the city', () => {
    const categoryCodes = new Set(categories.map((c) => c.code));
    const unitCodes = new Set(units.map((u) => u.code));
    expect(articles.filter((a) => a.categoryCode !== null && !categoryCodes.has(a.categoryCode)).map((a) => a.title)).toEqual([]);
    expect(articles.filter((a) => !unitCodes.has(a.ownerUnitCode)).map((a) => a.title)).toEqual([]);
  });

  // The limits of the API (and of the columns): title 200, keywords 500, content 20,000 characters.
  it('fits the limits every article written through the API must fit', () => {
    const tooLong = articles.filter((a) => a.title.length > 200 || a.keywords.length > 500 || a.content.length > 20_000);
    expect(tooLong.map((a) => a.title)).toEqual([]);
    expect(articles.filter((a) => !a.title.trim() || !a.content.trim()).map((a) => a.title)).toEqual([]);
  });

  it('has real dates, the end not before the start', () => {
    for (const { title, validFrom, validTo } of articles) {
      const ok = (validFrom === null || isLocalDate(validFrom)) && (validTo === null || isLocalDate(validTo)) && !(validFrom && validTo && validTo < validFrom);
      expect({ title, ok }).toEqual({ title, ok: true });
    }
  });

  it('gives every article keywords to search by', () => {
    expect(articles.filter((a) => queryTerms(a.keywords).length === 0).map((a) => a.title)).toEqual([]);
  });

  it('covers what citizens ask most', () => {
    const text = articles.map((a) => `${a.title} ${a.keywords}`).join('\n');
    for (const topic of ['社保卡', '公积金提取', '居住证', '供暖时间', '停水通知', '垃圾分类', '噪音投诉', '新生儿落户', '医保报销', '不动产登记']) {
      expect({ topic, covered: text.includes(topic) }).toEqual({ topic, covered: true });
    }
  });
});
