import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { categoryPlaceOf } from '#libs/domain';
import { Omittable, OmittableText, OptionalId, RequiredText } from '#libs/platform';
import { IncludeInactive } from './include-inactive.js';
import { TreeCode } from './tree-code.js';

export class CategoryQueryDto {
  @IncludeInactive()
  includeInactive?: boolean;
}

const DepartmentDuty = () =>
  applyDecorators(
    ApiPropertyOptional({ default: false, description: "A functional department's duty: never dispatched down to streets (66号)" }),
    Omittable(),
    IsBoolean(),
  );

const OwnerUnitId = () => OptionalId('The unit the dispatch catalogue names as owner (null: none)', { nullable: true });

/** 事项分类: a new group, class or item; its level and parent follow from the code. */
export class CreateCategoryDto {
  @TreeCode(categoryPlaceOf, 'a category code of 2, 4 or 6 digits', '010104')
  code: string;

  @RequiredText(50)
  name: string;

  @DepartmentDuty()
  departmentDuty?: boolean;

  @OwnerUnitId()
  ownerUnitId?: number | null;
}

/** Any of these; the code is for good (rules match by its prefix). */
export class ChangeCategoryDto {
  @OmittableText(50)
  name?: string;

  @DepartmentDuty()
  departmentDuty?: boolean;

  @OwnerUnitId()
  ownerUnitId?: number | null;

  @ApiPropertyOptional({ description: 'false: no longer offered on forms (refused while active categories sit below it)' })
  @Omittable()
  @IsBoolean()
  active?: boolean;
}
