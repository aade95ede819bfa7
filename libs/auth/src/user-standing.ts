import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { isUnitRole } from '#libs/domain';
import { UserEntity } from '#libs/persistence';
import type { AuthUser } from './auth-user.js';

/** What a token states of its user that an administrator may change before the token expires. */
export type Standing = Pick<UserEntity, 'active' | 'role' | 'unitId' | 'passwordChangedAt'>;

/**
 * Whether a token still speaks for its user: refused once the user is deactivated or given another
 * role, or a unit user another unit, so a dismissed handler or a demoted administrator does not keep
 * working for the rest of the shift (a centre role sees everything whatever its unit); and refused when
 * it was issued before the password was last reset, so a reset ends the sessions of whoever knew the
 * old one. `iat` has whole seconds: a token of the reset's own second is refused too. Users are never
 * deleted, so a token with no user behind it was not made by the login: refused.
 */
export const tokenHolds = (user: Pick<AuthUser, 'role' | 'unitId'>, issuedAtSeconds: number, standing: Standing | null): boolean =>
  standing !== null &&
  standing.active &&
  standing.role === user.role &&
  (!isUnitRole(user.role) || standing.unitId === user.unitId) &&
  (standing.passwordChangedAt === null || issuedAtSeconds * 1000 > standing.passwordChangedAt.getTime());

/** One read a user per 10 s and instance: another instance's change is refused within that. */
const TTL_MS = 10_000;

/** Users' standing as recently read, for the token check on every request and socket handshake. */
@Injectable()
export class UserStandings {
  private readonly read = new Map<number, { standing: Promise<Standing | null>; at: number }>();

  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  async holds(user: AuthUser, issuedAtSeconds: number): Promise<boolean> {
    return tokenHolds(user, issuedAtSeconds, await this.of(user.id));
  }

  /** After a change on this instance: its next request reads the user afresh. */
  forget(userId: number): void {
    this.read.delete(userId);
  }

  private of(id: number): Promise<Standing | null> {
    const cached = this.read.get(id);
    if (cached && Date.now() - cached.at <= TTL_MS) return cached.standing;
    const standing = this.users.findOne({ select: { active: true, role: true, unitId: true, passwordChangedAt: true }, where: { id } });
    this.read.set(id, { standing, at: Date.now() });
    // A failed read is not kept: the next request tries again.
    standing.catch(() => this.read.get(id)?.standing === standing && this.read.delete(id));
    return standing;
  }
}
