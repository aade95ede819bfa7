import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { BooleanText, IsLocalDate, OptionalText, RequiredText, Trim } from '#libs/platform';

/** A category, or a group of the category tree (its code is a prefix of its categories'). */
const CategoryCode = (nullable: boolean) =>
  applyDecorators(
    ApiPropertyOptional({ example: '010101', nullable, description: 'A category code or the code of a group above it' }),
    IsOptional(),
    Matches(/^\d{2,6}$/, { message: 'categoryCode must be a category code of 2 to 6 digits' }),
  );

/** A day the answer starts or stops holding; null: no such bound. */
const ValidityDay = (example: string, description: string) =>
  applyDecorators(ApiPropertyOptional({ example, nullable: true, description }), IsOptional(), IsLocalDate());

/** 知识库 article as an administrator or a unit administrator writes it (POST, and PUT replaces it whole). */
export class KnowledgeArticleDto {
  @RequiredText(200)
  title: string;

  @RequiredText(20_000, 'The answer, as the operator reads it out or the public page shows it')
  content: string;

  @CategoryCode(true)
  categoryCode?: string | null;

  @OptionalText(500, 'Words to be found by, e.g. 社保卡,补办,挂失')
  keywords?: string;

  @ValidityDay('2026-01-01', 'First day the answer holds (none: always has)')
  validFrom?: string | null;

  @ValidityDay('2026-12-31', 'Last day the answer holds (none: until changed)')
  validTo?: string | null;

  @ApiPropertyOptional({ description: "The unit that owns and keeps the article current; by default the writer's own unit" })
  @IsOptional()
  @IsInt()
  @Min(1)
  ownerUnitId?: number;

  @ApiPropertyOptional({ default: true, description: 'Shown on the public mailbox page too (false: staff only, 内部口径)' })
  @IsOptional()
  @IsBoolean()
  isPublic?: boolean;
}

/** The public page's search: one short page, no paging through the whole base. */
export class PublicKnowledgeQuery {
  @ApiPropertyOptional({
    maxLength: 100,
    description:
      'Chinese or other text; every word of it must occur (a word inside a longer phrase counts). Without it, the latest articles; with only punctuation, none',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  q?: string;

  @CategoryCode(false)
  categoryCode?: string;
}

/** The staff's search: the public one's text and category, articles not valid today, and paging. */
export class SearchKnowledgeQuery extends PublicKnowledgeQuery {
  @ApiPropertyOptional({ default: false, description: 'Also articles not valid today (admin: all; unit_admin: those of its units)' })
  @IsOptional()
  @BooleanText()
  @IsBoolean()
  includeExpired?: boolean;

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
