import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { Trim } from '#libs/platform';

/** A category, or a group of the category tree (its code is a prefix of its categories'). */
export const CategoryCode = (nullable: boolean) =>
  applyDecorators(
    ApiPropertyOptional({ example: '010101', nullable, description: 'A category code or the code of a group above it' }),
    IsOptional(),
    Matches(/^\d{2,6}$/, { message: 'categoryCode must be a category code of 2 to 6 digits' }),
  );

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

  @CategoryCode(false)
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
