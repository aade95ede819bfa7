import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { fromClaims, type AccessTokenClaims, type AuthUser } from './auth-user.js';

/** Reads an access token, for HTTP requests and socket handshakes alike. Only HS256 is accepted. */
@Injectable()
export class AccessTokens {
  constructor(private readonly jwt: JwtService) {}

  async verify(token: string | undefined): Promise<AuthUser> {
    if (!token) throw new UnauthorizedException('A bearer token is required');
    try {
      return fromClaims(await this.jwt.verifyAsync<AccessTokenClaims>(token, { algorithms: ['HS256'] }));
    } catch {
      throw new UnauthorizedException('The token is invalid or has expired');
    }
  }
}
