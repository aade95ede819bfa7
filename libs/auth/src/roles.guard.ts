import { ForbiddenException, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '#libs/domain';
import type { AuthUser } from './auth-user.js';
import { ALLOWED_ROLES } from './decorators.js';

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!allowed) return true;
    const user: AuthUser | undefined = context.switchToHttp().getRequest().user;
    if (user && allowed.includes(user.role)) return true;
    throw new ForbiddenException(`This action needs one of the roles: ${allowed.join(', ')}`);
  }
}
