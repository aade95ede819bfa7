import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { CategoryCode, IsLocalDate, OptionalId, OptionalText, QueryFlag, RequiredText } from '#libs/platform';
import { GROUP_OR_CATEGORY, PagedTextQuery } from '../text-query.dto.js';

/** A day the answer starts or stops holding; null: no such bound. */
const ValidityDay = (example: string, description: string) =>
  applyDecorators(ApiPropertyOptional({ example, nullable: true, description }), IsOptional(), IsLocalDate());

/** 知识库 article as an administrator or a unit administrator writes it (POST, and PUT replaces it whole). */
export class KnowledgeArticleDto {
  @RequiredText(200)
  title: string;

  @RequiredText(20_000, 'The answer, as the operator reads it out or the public page shows it')
  content: string;

  @CategoryCode({ optional: true, nullable: true, description: GROUP_OR_CATEGORY })
  categoryCode?: string | null;

  @OptionalText(500, 'Words to be found by, e.g. 社保卡,补办,挂失')
  keywords?: string;

  @ValidityDay('2026-01-01', 'First day the answer holds (none: always has)')
  validFrom?: string | null;

  @ValidityDay('2026-12-31', 'Last day the answer holds (none: until changed)')
  validTo?: string | null;

  @OptionalId("The unit that owns and keeps the article current; by default the writer's own unit")
  ownerUnitId?: number;

  @ApiPropertyOptional({ default: true, description: 'Shown on the public mailbox page too (false: staff only, 内部口径)' })
  @IsOptional()
  @IsBoolean()
  isPublic?: boolean;
}

/** The staff's search: the public one's text and category, articles not valid today, and paging. */
export class SearchKnowledgeQuery extends PagedTextQuery {
  @QueryFlag('Also articles not valid today (admin: all; unit_admin: those of its units)')
  includeExpired?: boolean;
}
