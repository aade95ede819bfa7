import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import { BooleanText } from './input-fields.js';

// Fields of a query string, where every value arrives as text.

/** A yes-or-no filter, off unless sent as `true`. */
export const QueryFlag = (description: string) =>
  applyDecorators(ApiPropertyOptional({ default: false, description }), IsOptional(), BooleanText(), IsBoolean());

interface QueryNumberOptions {
  description?: string;
  /** Shown in the API description only: the field's initializer is what applies. */
  default?: number;
  max?: number;
}

/** A whole number from 1 (an id, a page, a count), optionally capped. */
export const QueryNumber = ({ description, default: byDefault, max }: QueryNumberOptions = {}) =>
  applyDecorators(
    ApiPropertyOptional({ description, default: byDefault, minimum: 1, ...(max === undefined ? {} : { maximum: max }) }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    ...(max === undefined ? [] : [Max(max)]),
  );

/** A list shown a page at a time, 20 rows to a page unless asked otherwise. */
export class PageQuery {
  @QueryNumber({ default: 1 })
  page: number = 1;

  @QueryNumber({ default: 20, max: 100 })
  pageSize: number = 20;
}
