import type { Role } from '#libs/domain';

/** The user a request acts for, as the access token states it. */
export interface AuthUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unitId: number | null;
}

/** Claims of the access token (JWT). `sub` is the user id, as RFC 7519 has it. */
export interface AccessTokenClaims {
  sub: number;
  username: string;
  name: string;
  role: Role;
  unitId: number | null;
}

export const toClaims = (user: AuthUser): AccessTokenClaims => ({
  sub: user.id,
  username: user.username,
  name: user.displayName,
  role: user.role,
  unitId: user.unitId,
});

export const fromClaims = (claims: AccessTokenClaims): AuthUser => ({
  id: claims.sub,
  username: claims.username,
  displayName: claims.name,
  role: claims.role,
  unitId: claims.unitId,
});
