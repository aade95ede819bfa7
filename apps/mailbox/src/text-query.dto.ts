import { CategoryCode, OptionalText, QueryNumber } from '#libs/platform';

/** Where a search or an article names a category, a group of the tree stands for every category under it. */
export const GROUP_OR_CATEGORY = 'A category code or the code of a group above it';

/** A search by text and category; the public knowledge search is one short page of it, no paging. */
export class TextQuery {
  @OptionalText(
    100,
    'Chinese or other text; every word of it must occur (a word inside a longer phrase counts). Without it, the latest; with only punctuation, none',
  )
  q?: string;

  @CategoryCode({ optional: true, description: GROUP_OR_CATEGORY })
  categoryCode?: string;
}

/** A search shown a page at a time; anyone may page the public lists, hence bounds tighter than PageQuery's. */
export class PagedTextQuery extends TextQuery {
  // 500 pages of 50: deeper than anyone reads, and an OFFSET the server still skips quickly.
  @QueryNumber({ default: 1, max: 500 })
  page: number = 1;

  @QueryNumber({ default: 20, max: 50 })
  pageSize: number = 20;
}
