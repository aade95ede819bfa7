import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { TIERS, type Tier } from '#libs/domain';
import { QueryNumber } from '#libs/platform';
import { IncludeInactive } from './include-inactive.js';

export class UnitQueryDto {
  @ApiPropertyOptional({ enum: TIERS })
  @IsOptional()
  @IsIn(TIERS)
  tier?: Tier;

  @QueryNumber({ description: 'Only the units directly below this one' })
  parentId?: number;

  @IncludeInactive()
  includeInactive?: boolean;
}
