import { applyDecorators, ForbiddenException } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import type { AuthUser } from '#libs/auth';
import { BooleanText } from '#libs/platform';

/** `includeInactive=true`: also the rows deactivated (kept, since history refers to them), for administrators. */
export const IncludeInactive = () =>
  applyDecorators(
    ApiPropertyOptional({ default: false, description: 'Also inactive rows (administrators only)' }),
    IsOptional(),
    BooleanText(),
    IsBoolean(),
  );

/** Whether to list inactive rows too: only an administrator may ask, anyone else is told so (403). */
export function includingInactive(asked: boolean | undefined, user: AuthUser | undefined): boolean {
  if (asked && user?.role !== 'admin') throw new ForbiddenException('includeInactive is for administrators');
  return asked === true;
}
