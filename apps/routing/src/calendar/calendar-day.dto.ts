import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { OverrideKind } from '#libs/calendar';
import { RequiredText } from '#libs/platform';

export const DAY_KINDS: readonly OverrideKind[] = ['holiday', 'workday'];

/** The years the calendar takes: a day outside them is a typo, not a plan. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2099;

export class CalendarQueryDto {
  @ApiPropertyOptional({ description: 'Defaults to the current year in Asia/Shanghai', example: 2026, minimum: FIRST_YEAR, maximum: LAST_YEAR })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(FIRST_YEAR)
  @Max(LAST_YEAR)
  year?: number;
}

/** An administrator's setting of one day: a public holiday on a weekday, or a make-up working day (调休) on a weekend. */
export class CalendarDayDto {
  @ApiProperty({ enum: DAY_KINDS, description: 'holiday: a weekday off; workday: a Saturday or Sunday worked' })
  @IsIn(DAY_KINDS)
  kind: OverrideKind;

  /** Shown to users, e.g. 春节 or 春节补班. */
  @RequiredText(50, 'Shown to users, e.g. 春节 or 春节补班')
  name: string;
}
