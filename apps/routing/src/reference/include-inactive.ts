import { ForbiddenException, UnauthorizedException } from '@nestjs/common';
import type { AuthUser } from '#libs/auth';
import { QueryFlag } from '#libs/platform';

/** `includeInactive=true`: also the rows deactivated (kept, since history refers to them), for administrators. */
export const IncludeInactive = () => QueryFlag('Also inactive rows (administrators only)');

/**
 * Whether to list inactive rows too: only an administrator may ask. On a public list a caller without a
 * valid token (none, expired, or ended by an account change) is asked to sign in (401, which signs the
 * console out); anyone else signed in is told it is not theirs (403).
 */
export function includingInactive(asked: boolean | undefined, user: AuthUser | undefined): boolean {
  if (asked && !user) throw new UnauthorizedException('includeInactive is for administrators: sign in');
  if (asked && user?.role !== 'admin') throw new ForbiddenException('includeInactive is for administrators');
  return asked === true;
}
