import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { TIERS, type Tier } from '#libs/domain';
import { IsLocalDate } from '#libs/platform';

/** Whole days, both included (`to` is checked against `from`, and the span, by the controller). */
export class DaysDto {
  @ApiProperty({ example: '2026-11-01' })
  @IsLocalDate()
  from: string;

  @ApiProperty({ example: '2026-11-30' })
  @IsLocalDate()
  to: string;
}

export class PeriodQueryDto extends DaysDto {
  @ApiPropertyOptional({ enum: TIERS, description: 'Only the units of this tier' })
  @IsOptional()
  @IsIn(TIERS)
  tier?: Tier;
}

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export class RankingQueryDto {
  @ApiProperty({ example: '2026-11', description: 'The month, YYYY-MM' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be a month YYYY-MM' })
  month: string;

  @ApiProperty({ enum: TIERS, description: 'Units are ranked against the others of their tier' })
  @IsIn(TIERS)
  tier: Tier;
}

export class RankingExportQueryDto extends RankingQueryDto {
  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS)
  format: ExportFormat;
}
