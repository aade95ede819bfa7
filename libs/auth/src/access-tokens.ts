import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { fromClaims, type AccessTokenClaims, type AuthUser } from './auth-user.js';
import { UserStandings } from './user-standing.js';

/** Reads an access token, for HTTP requests and socket handshakes alike. Only HS256 is accepted. */
@Injectable()
export class AccessTokens {
  constructor(
    private readonly jwt: JwtService,
    private readonly standings: UserStandings,
  ) {}

  async verify(token: string | undefined): Promise<AuthUser> {
    if (!token) throw new UnauthorizedException('A bearer token is required');
    let claims: AccessTokenClaims & { iat: number };
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims & { iat: number }>(token, { algorithms: ['HS256'] });
    } catch {
      throw new UnauthorizedException('The token is invalid or has expired');
    }
    const user = fromClaims(claims);
    if (!(await this.standings.holds(user, claims.iat))) throw new UnauthorizedException('The account was deactivated, changed or given a new password: sign in again');
    return user;
  }
}
