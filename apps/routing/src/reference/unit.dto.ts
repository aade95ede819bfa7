import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, Matches } from 'class-validator';
import { TIERS, UNIT_KINDS, type Tier, type UnitKind } from '#libs/domain';
import { Omittable, OmittableText, OptionalId, RegionCode, RequiredText } from '#libs/platform';

const UnitRegion = () => RegionCode({ optional: true, nullable: true, description: '属地: the district, street or community the unit answers for (null: none)' });

const ParentId = () => OptionalId('The active unit it sits below (null: a top unit)', { nullable: true });

/** 承办单位: a new unit. Its path in the tree is computed from its parent's. */
export class CreateUnitDto {
  @ApiProperty({ example: 'D-HOUSING', description: 'For good: dispatch rules name units by code' })
  @Matches(/^[A-Z0-9-]{2,40}$/, { message: 'code must be 2 to 40 capital letters, digits or hyphens' })
  code: string;

  @RequiredText(100)
  name: string;

  @ApiProperty({ enum: TIERS })
  @IsIn(TIERS)
  tier: Tier;

  @ApiProperty({ enum: UNIT_KINDS })
  @IsIn(UNIT_KINDS)
  kind: UnitKind;

  @UnitRegion()
  regionCode?: string | null;

  @ParentId()
  parentId?: number | null;
}

/** Any of these. The code never changes; a new parent moves the unit with everything below it. */
export class ChangeUnitDto {
  @OmittableText(100)
  name?: string;

  @ApiPropertyOptional({ enum: TIERS })
  @Omittable()
  @IsIn(TIERS)
  tier?: Tier;

  @ApiPropertyOptional({ enum: UNIT_KINDS })
  @Omittable()
  @IsIn(UNIT_KINDS)
  kind?: UnitKind;

  @UnitRegion()
  regionCode?: string | null;

  @ParentId()
  parentId?: number | null;

  @ApiPropertyOptional({ description: 'false: deactivate (refused while it has open assignments, active units below it or enabled rules naming it)' })
  @Omittable()
  @IsBoolean()
  active?: boolean;
}
