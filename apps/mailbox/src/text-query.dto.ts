import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CategoryCode, Trim } from '#libs/platform';

/** Where a search or an article names a category, a group of the tree stands for every category under it. */
export const GROUP_OR_CATEGORY = 'A category code or the code of a group above it';

/** A search by text and category; the public knowledge search is one short page of it, no paging. */
export class TextQuery {
  @ApiPropertyOptional({
    maxLength: 100,
    description:
      'Chinese or other text; every word of it must occur (a word inside a longer phrase counts). Without it, the latest; with only punctuation, none',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  q?: string;

  @CategoryCode({ optional: true, description: GROUP_OR_CATEGORY })
  categoryCode?: string;
}

/** A search shown a page at a time. */
export class PagedTextQuery extends TextQuery {
  // 500 pages of 50: deeper than anyone reads, and an OFFSET the server still skips quickly.
  @ApiPropertyOptional({ default: 1, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  page: number = 1;

  @ApiPropertyOptional({ default: 20, maximum: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  pageSize: number = 20;
}
