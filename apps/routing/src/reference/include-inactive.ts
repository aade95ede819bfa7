import { ForbiddenException } from '@nestjs/common';
import type { AuthUser } from '#libs/auth';
import { QueryFlag } from '#libs/platform';

/** `includeInactive=true`: also the rows deactivated (kept, since history refers to them), for administrators. */
export const IncludeInactive = () => QueryFlag('Also inactive rows (administrators only)');

/** Whether to list inactive rows too: only an administrator may ask, anyone else is told so (403). */
export function includingInactive(asked: boolean | undefined, user: AuthUser | undefined): boolean {
  if (asked && user?.role !== 'admin') throw new ForbiddenException('includeInactive is for administrators');
  return asked === true;
}
