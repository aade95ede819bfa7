import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AccessTokens } from './access-tokens.js';
import { IS_PUBLIC } from './decorators.js';

/** Every route needs a valid bearer token unless it is marked @Public(); on a public one a valid token still says who calls. */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokens,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    const request = context.switchToHttp().getRequest();
    const [scheme, credentials] = String(request.headers.authorization ?? '').split(' ');
    const token = scheme === 'Bearer' ? credentials : undefined;
    // A public route still knows a signed-in caller (an administrator asking for inactive categories);
    // a stale token there is no reason to refuse what anyone may read.
    if (isPublic) request.user = token ? await this.tokens.verify(token).catch(() => undefined) : undefined;
    else request.user = await this.tokens.verify(token);
    return true;
  }
}
