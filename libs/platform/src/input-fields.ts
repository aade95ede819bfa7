import { applyDecorators, Param } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Min, ValidateBy, ValidateIf } from 'class-validator';
import { isLocalDate } from '#libs/calendar';
import { ParseIdPipe } from './validation.js';

// The edge helpers every app's DTOs share: apps never import each other, so they live here.

/** Leading and trailing blanks are not content: "   " is as empty as "". */
export const Trim = (): PropertyDecorator => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** Query strings carry text: "true" and "false" are the booleans. */
export const BooleanText = (): PropertyDecorator => Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));

/** A required human text (a reason, a reply, a basis): blanks alone are refused. */
export const RequiredText = (maxLength: number, description?: string) =>
  applyDecorators(ApiProperty({ maxLength, description }), Trim(), IsString(), IsNotEmpty(), MaxLength(maxLength));

export const OptionalText = (maxLength: number, description?: string) =>
  applyDecorators(ApiPropertyOptional({ maxLength, description }), IsOptional(), Trim(), IsString(), MaxLength(maxLength));

/**
 * A field of a partial change (PATCH) that may be left out but not sent as null: its column cannot be
 * empty (IsOptional would let null through to the database).
 */
export const Omittable = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);

/** A required text in a partial change: left out, it stays as it is; sent, blanks and null are refused. */
export const OmittableText = (maxLength: number, description?: string) =>
  applyDecorators(ApiPropertyOptional({ maxLength, description }), Omittable(), Trim(), IsString(), IsNotEmpty(), MaxLength(maxLength));

/** Another record's id in a body, that may be left out (and, with `nullable`, sent as null to clear the link). */
export const OptionalId = (description: string, { nullable = false }: { nullable?: boolean } = {}) =>
  applyDecorators(ApiPropertyOptional({ description, ...(nullable ? { nullable } : {}) }), nullable ? IsOptional() : Omittable(), IsInt(), Min(1));

interface CodeFieldOptions {
  /** May be left out (and, with `nullable`, sent as null to clear it). */
  optional?: boolean;
  nullable?: boolean;
  description?: string;
}

/** A code of the catalogue: its format here, whether it exists when the service reads the catalogue. */
const codeField = (name: string, pattern: RegExp, what: string, example: string, { optional = false, nullable = false, description }: CodeFieldOptions) =>
  applyDecorators(
    ...(optional ? [ApiPropertyOptional({ example, nullable, description }), IsOptional()] : [ApiProperty({ example, description })]),
    IsString(),
    Matches(pattern, { message: `${name} must be ${what}` }),
  );

/** 分类 a category code of 2 to 6 digits: a leaf, or where the field says so a group above leaves. */
export const CategoryCode = (options: CodeFieldOptions = {}) =>
  codeField('categoryCode', /^\d{2,6}$/, 'a category code of 2 to 6 digits', '010101', { description: 'A leaf of the category tree', ...options });

/** 区划 a region code of 6 to 12 digits: a district, a street or a community. */
export const RegionCode = (options: CodeFieldOptions = {}) =>
  codeField('regionCode', /^\d{6,12}$/, 'a region code of 6 to 12 digits', '379901001', { description: 'A district, street or community code', ...options });

/** Date, time and offset: a time without its offset would be read in the server's zone, whatever the sender meant. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An instant: ISO 8601 with its offset, e.g. 2026-11-23T09:15:02.120+08:00 or …Z, on a day that exists. */
export const IsInstant = () =>
  applyDecorators(
    Matches(INSTANT, { message: ({ property }) => `${property} must be a date and time with its offset, e.g. 2026-11-23T09:15:02.120+08:00` }),
    IsISO8601({ strict: true, strictSeparator: true }),
  );

/** A calendar date `YYYY-MM-DD` that exists (2026-02-30 does not). */
export const IsLocalDate = () =>
  ValidateBy({
    name: 'isLocalDate',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isLocalDate(value),
      defaultMessage: (args) => `${args?.property ?? 'date'} must be a date YYYY-MM-DD`,
    },
  });

/**
 * A record's id in the path: a whole number from 1, else the house 400 naming the parameter
 * (Nest's ParseIntPipe names nothing, and lets 0 and -1 through to a lookup that cannot succeed).
 */
export const IdParam = (name = 'id'): ParameterDecorator => Param(name, ParseIdPipe);
