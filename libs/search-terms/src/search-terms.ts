/**
 * Index terms for Chinese (and mixed) text — pure, no I/O. Chinese has no spaces between words, so a
 * search cannot split text into words as it would English; without a dictionary, it cuts the text into
 * grams instead:
 *   - a run of CJK characters gives its overlapping bigrams and its last character alone (a run of one
 *     character gives just that character). Every character then begins a gram, so a one-character
 *     query is a prefix search (`暖…`), and a query of n ≥ 2 characters is the AND of its bigrams:
 *     供暖 finds 冬季集中供暖时间, and 暖气 does not find 供暖;
 *   - a run of other letters and digits is a word, lower-cased after NFKC (ＥＴＣ１２ is etc12).
 * The knowledge base stores one row per (term, article) — a postings table — and a search reads the
 * rows of the query's terms (docs/architecture.md says why not MariaDB's FULLTEXT).
 */

/** What a gram is made of: a piece of a CJK run, or a word of letters and digits. */
export type GramKind = 'cjk' | 'word';

export interface Gram {
  kind: GramKind;
  /** The text it stands for: 供暖, 暖, etc12. */
  text: string;
  /** True for the one-character gram at the end of a CJK run (a prefix of every gram that starts with it). */
  single: boolean;
}

/** Longest term kept, in characters: a longer word is cut, in documents and queries alike. */
export const MAX_TERM_LENGTH = 32;

// Han (with 〇 and the compatibility ideographs), kana and hangul: scripts written without spaces between
// words, so cut into bigrams. Everything else that is a letter, a digit or a combining mark makes words.
const CJK_CHAR = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}]';
// Han characters are letters (\p{L}) too: a word character is a letter, digit or mark that is not CJK.
const RUNS = new RegExp(`(${CJK_CHAR}+)|((?:(?!${CJK_CHAR})[\\p{L}\\p{N}\\p{M}])+)`, 'gu');

const capWord = (word: string): string => Array.from(word).slice(0, MAX_TERM_LENGTH).join('');

/** The grams of a text, in order of appearance, repeats kept. */
export function grams(text: string): Gram[] {
  const result: Gram[] = [];
  for (const match of text.normalize('NFKC').matchAll(RUNS)) {
    if (match[1] !== undefined) {
      const chars = Array.from(match[1]);
      for (let i = 0; i + 1 < chars.length; i++) result.push({ kind: 'cjk', text: chars[i]! + chars[i + 1]!, single: false });
      result.push({ kind: 'cjk', text: chars.at(-1)!, single: true });
    } else {
      result.push({ kind: 'word', text: capWord(match[2]!.toLowerCase()), single: false });
    }
  }
  return result;
}

/** What a document is indexed from. */
export interface SearchableText {
  title: string;
  keywords?: string;
  content?: string;
}

/** One row of the postings: a term of a document, how often it occurs, and where. */
export interface DocumentTerm {
  term: string;
  /** Occurrences in title, keywords and content together. */
  count: number;
  inTitle: boolean;
  inKeywords: boolean;
}

/** The distinct terms of a document, in order of first appearance. */
export function documentTerms(document: SearchableText): DocumentTerm[] {
  const terms = new Map<string, DocumentTerm>();
  const add = (text: string, field: 'title' | 'keywords' | 'content') => {
    for (const { text: term } of grams(text)) {
      let entry = terms.get(term);
      if (!entry) terms.set(term, (entry = { term, count: 0, inTitle: false, inKeywords: false }));
      entry.count++;
      if (field === 'title') entry.inTitle = true;
      if (field === 'keywords') entry.inKeywords = true;
    }
  };
  add(document.title, 'title');
  add(document.keywords ?? '', 'keywords');
  add(document.content ?? '', 'content');
  return [...terms.values()];
}

/** A term a query asks for: the whole term, or (one CJK character) any term that begins with it. */
export interface QueryTerm {
  term: string;
  prefix: boolean;
}

/**
 * The terms a search text asks for, each once; a document is found when it has every one of them.
 * Empty when the text has nothing to search by (blank, or punctuation only). A CJK run of two or more
 * characters asks for its bigrams only (its last character is inside the last bigram); a run of one
 * character is a prefix, found in any gram that begins with it — and, thanks to the single gram at the
 * end of every run, wherever the character occurs.
 */
export function queryTerms(text: string): QueryTerm[] {
  const asked = new Map<string, QueryTerm>();
  for (const match of text.normalize('NFKC').matchAll(RUNS)) {
    const runGrams = grams(match[0]);
    const wanted = match[1] !== undefined && runGrams.length > 1 ? runGrams.filter((gram) => !gram.single) : runGrams;
    for (const gram of wanted) asked.set(gram.text, { term: gram.text, prefix: gram.single });
  }
  return [...asked.values()];
}

/** Whether a document with these terms is found by a query: every query term, whole or as a prefix. */
export function matches(terms: readonly string[], query: readonly QueryTerm[]): boolean {
  return (
    query.length > 0 && query.every((asked) => terms.some((term) => (asked.prefix ? term.startsWith(asked.term) : term === asked.term)))
  );
}

/**
 * A piece of `content` around the first place a query's gram occurs (or its beginning), at most
 * `length` characters, with … where it was cut: what a result list shows under the title. `query` may
 * be given as its grams, made once for a whole page of results.
 */
export function excerpt(content: string, query: string | readonly Gram[], length = 120): string {
  const text = content.replace(/\s+/g, ' ').trim();
  const chars = Array.from(text);
  if (chars.length <= length) return text;
  const lower = text.toLowerCase();
  let at = -1;
  for (const gram of typeof query === 'string' ? grams(query) : query) {
    const found = lower.indexOf(gram.text);
    if (found >= 0 && (at < 0 || found < at)) at = found;
  }
  // indexOf counts UTF-16 units; the window is cut in characters.
  const startChar = at < 0 ? 0 : Math.max(0, Array.from(lower.slice(0, at)).length - Math.floor(length / 4));
  const start = Math.min(startChar, chars.length - length);
  const piece = chars.slice(start, start + length).join('');
  return `${start > 0 ? '…' : ''}${piece}${start + length < chars.length ? '…' : ''}`;
}
