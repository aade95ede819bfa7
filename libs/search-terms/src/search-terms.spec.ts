import { describe, expect, it } from '@jest/globals';
import { documentTerms, excerpt, grams, matches, MAX_TERM_LENGTH, queryTerms } from './search-terms.js';

const found = (document: string, query: string): boolean =>
  matches(
    documentTerms({ title: '', content: document }).map((entry) => entry.term),
    queryTerms(query),
  );

describe('grams', () => {
  it.each([
    ['冬季集中供暖时间', ['冬季', '季集', '集中', '中供', '供暖', '暖时', '时间', '间']],
    ['暖', ['暖']],
    ['供暖', ['供暖', '暖']],
    ['供暖，暖气', ['供暖', '暖', '暖气', '气']],
    ['ETC办理', ['etc', '办理', '理']],
    ['ＥＴＣ１２３', ['etc123']],
    ['拨打12345热线', ['拨打', '打', '12345', '热线', '线']],
    ['WiFi 密码', ['wifi', '密码', '码']],
    ['Café', ['café']],
    ['〇号线', ['〇号', '号线', '线']],
    ['𠀀𠀁', ['𠀀𠀁', '𠀁']],
    ['가나 カタカナ', ['가나', '나', 'カタ', 'タカ', 'カナ', 'ナ']],
    ['  ，。！？ ', []],
    ['', []],
  ])('%j → %j', (text, expected) => {
    expect(grams(text).map((gram) => gram.text)).toEqual(expected);
  });

  it('marks the last character of a CJK run as the single gram', () => {
    expect(grams('停水 A')).toEqual([
      { kind: 'cjk', text: '停水', single: false },
      { kind: 'cjk', text: '水', single: true },
      { kind: 'word', text: 'a', single: false },
    ]);
  });

  it(`cuts a word to ${MAX_TERM_LENGTH} characters`, () => {
    expect(grams('x'.repeat(40))[0]!.text).toBe('x'.repeat(MAX_TERM_LENGTH));
    expect(grams('é'.repeat(40))[0]!.text).toBe('é'.repeat(MAX_TERM_LENGTH));
  });
});

describe('documentTerms', () => {
  it('counts each term once per document, with how often and where it occurs', () => {
    expect(documentTerms({ title: '供暖时间', keywords: '供暖,ETC', content: '集中供暖。etc' })).toEqual([
      { term: '供暖', count: 3, inTitle: true, inKeywords: true },
      { term: '暖时', count: 1, inTitle: true, inKeywords: false },
      { term: '时间', count: 1, inTitle: true, inKeywords: false },
      { term: '间', count: 1, inTitle: true, inKeywords: false },
      { term: '暖', count: 2, inTitle: false, inKeywords: true },
      { term: 'etc', count: 2, inTitle: false, inKeywords: true },
      { term: '集中', count: 1, inTitle: false, inKeywords: false },
      { term: '中供', count: 1, inTitle: false, inKeywords: false },
    ]);
  });

  it('has no terms for text without letters', () => {
    expect(documentTerms({ title: '！', content: '…' })).toEqual([]);
  });
});

describe('queryTerms', () => {
  it.each([
    ['供暖', [{ term: '供暖', prefix: false }]],
    ['暖', [{ term: '暖', prefix: true }]],
    ['ETC', [{ term: 'etc', prefix: false }]],
    [
      '社保卡 补办',
      [
        { term: '社保', prefix: false },
        { term: '保卡', prefix: false },
        { term: '补办', prefix: false },
      ],
    ],
    [
      '供暖供暖',
      [
        { term: '供暖', prefix: false },
        { term: '暖供', prefix: false },
      ],
    ],
    [
      '"供暖" +暖 -停水 (test*) % _',
      [
        { term: '供暖', prefix: false },
        { term: '暖', prefix: true },
        { term: '停水', prefix: false },
        { term: 'test', prefix: false },
      ],
    ],
  ])('%j asks for %j, each once, with every operator of the input dropped', (text, expected) => {
    expect(queryTerms(text)).toEqual(expected);
  });

  it.each(['', '   ', '，。？！', '+-*"()<>~@%_'])('has nothing to search by in %j', (text) => {
    expect(queryTerms(text)).toEqual([]);
  });
});

describe('what a query finds', () => {
  it.each([
    // A Chinese word inside a longer phrase: the point of the bigrams.
    ['冬季集中供暖时间为11月15日', '供暖', true],
    ['冬季集中供暖时间为11月15日', '集中供暖', true],
    ['冬季集中供暖时间为11月15日', '供暖时间', true],
    ['冬季集中供暖时间为11月15日', '暖气', false],
    ['暖气不热怎么办', '供暖', false],
    ['冬季集中供暖时间为11月15日', '供热', false],
    // Every gram of every run is needed, wherever each run is.
    ['社保卡丢失后可到银行网点补办', '社保卡 补办', true],
    ['社保卡丢失后可到银行网点挂失', '社保卡 补办', false],
    // The bigrams must lie in one run: punctuation breaks a word.
    ['供，暖', '供暖', false],
    // One character: at the start, inside or at the end of a run, or alone.
    ['冬季集中供暖时间', '暖', true],
    ['冬季集中供暖', '暖', true],
    ['暖', '暖', true],
    ['冬季集中供热', '暖', false],
    // Words: whole, case and width folded.
    ['ETC卡办理', 'etc', true],
    ['ＥＴＣ卡办理', 'ETC', true],
    ['拨打12345热线', '12345', true],
    ['拨打123456', '12345', false],
    // Nothing to search by finds nothing.
    ['供暖', '？', false],
  ])('%s ? %s → %s', (document, query, expected) => {
    expect(found(document, query)).toBe(expected);
  });
});

describe('excerpt', () => {
  const long = `${'前言'.repeat(100)}冬季集中供暖时间为每年11月15日至次年3月15日${'附则'.repeat(100)}`;

  it('returns a short text as it is, blanks folded', () => {
    expect(excerpt('  供暖\n时间  ', '供暖')).toBe('供暖 时间');
  });

  it('cuts around the first match, marking the cuts', () => {
    const piece = excerpt(long, '供暖', 40);
    expect(piece).toContain('供暖时间');
    expect(piece.startsWith('…')).toBe(true);
    expect(piece.endsWith('…')).toBe(true);
    expect(Array.from(piece.replaceAll('…', ''))).toHaveLength(40);
  });

  it('starts at the beginning when nothing matches', () => {
    expect(excerpt(long, '医保', 10)).toBe(`${'前言'.repeat(5)}…`);
  });
});
