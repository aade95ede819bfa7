import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { Trim } from './trim.js';

/** A required human text (a reason, a reply, a basis): blanks alone are refused. */
export const RequiredText = (maxLength: number, description?: string) =>
  applyDecorators(ApiProperty({ maxLength, description }), Trim(), IsString(), IsNotEmpty(), MaxLength(maxLength));

export const OptionalText = (maxLength: number, description?: string) =>
  applyDecorators(ApiPropertyOptional({ maxLength, description }), IsOptional(), Trim(), IsString(), MaxLength(maxLength));
