import { ConflictException, Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword, UserStandings, type AuthUser } from '#libs/auth';
import type { Role } from '#libs/domain';
import { conflictingField, invalidField } from '#libs/platform';
import { duplicateKeyAs, escapeLike, UnitEntity, updateSentFields, UserEntity } from '#libs/persistence';
import { ROOMS, SOCKET_EMITTER, type SocketEmitter } from '#libs/realtime';
import { placementProblem } from './unit-placement.js';
import type { ChangeUserDto, CreateUserDto, ListUsersQuery, ResetPasswordDto } from './user.dto.js';

/** A user as administrators see them: never the password's hash. */
const userItem = (user: UserEntity) => ({
  id: user.id,
  username: user.username,
  displayName: user.displayName,
  role: user.role,
  unitId: user.unitId,
  unitName: user.unit?.name ?? null,
  active: user.active,
  createdAt: user.createdAt,
});

/**
 * Accounts, kept by administrators. Users are deactivated, never removed (tickets name who acted).
 * A change to a user's role, unit or standing ends the tokens they hold (UserStandings): at once on
 * this instance, within 10 s on others.
 */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly standings: UserStandings,
    @Inject(SOCKET_EMITTER) private readonly sockets: SocketEmitter,
  ) {}

  private readonly logger = new Logger(UsersService.name);

  async list(query: ListUsersQuery) {
    const found = this.db.getRepository(UserEntity).createQueryBuilder('user').leftJoinAndSelect('user.unit', 'unit');
    if (!query.includeInactive) found.andWhere('user.active = true');
    if (query.unitId) found.andWhere('user.unitId = :unitId', { unitId: query.unitId });
    if (query.role) found.andWhere('user.role = :role', { role: query.role });
    if (query.q) found.andWhere('(user.username LIKE :q OR user.displayName LIKE :q)', { q: `%${escapeLike(query.q)}%` });
    const [users, total] = await found
      .orderBy('user.username', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { total, page: query.page, pageSize: query.pageSize, items: users.map(userItem) };
  }

  async create(input: CreateUserDto) {
    const { username, displayName, role } = input;
    const unitId = input.unitId ?? null;
    const id = await this.db.transaction(async (manager) => {
      await this.checkPlacement(manager, role, unitId, true);
      // After the checks, so that refused input costs no scrypt; an administrator's rare write may hold the unit's row that long.
      const passwordHash = await hashPassword(input.password);
      const inserted = await manager
        .insert(UserEntity, { username, displayName, role, unitId, passwordHash })
        .catch(duplicateKeyAs(conflictingField('username', `username ${username} is taken`)));
      return Number(inserted.identifiers[0]!.id);
    });
    return this.get(id);
  }

  async change(id: number, input: ChangeUserDto, admin: AuthUser) {
    if (id === admin.id && (input.active === false || (input.role !== undefined && input.role !== 'admin'))) {
      throw new ConflictException('Administrators cannot deactivate themselves or give up their own administrator role');
    }
    const standingChanged = await this.db.transaction(async (manager) => {
      const user = await manager.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw notFound(id);
      const unitId = input.unitId === undefined ? user.unitId : input.unitId;
      // Coming back counts as placed anew: the unit may have been deactivated meanwhile.
      const placed = unitId !== user.unitId || (input.active === true && !user.active);
      await this.checkPlacement(manager, input.role ?? user.role, unitId, placed);
      const { displayName, role, active } = input;
      await updateSentFields(manager, UserEntity, { id }, { displayName, role, unitId: input.unitId, active });
      return (active !== undefined && active !== user.active) || (role !== undefined && role !== user.role) || unitId !== user.unitId;
    });
    if (standingChanged) await this.endSessions(id);
    return this.get(id);
  }

  /**
   * An administrator sets a new password (the user forgot theirs, or someone else learnt it): the
   * tokens given before it stop working, so no session opened with the old one goes on.
   */
  async resetPassword(id: number, { password }: ResetPasswordDto): Promise<void> {
    const passwordHash = await hashPassword(password);
    const { affected } = await this.db.getRepository(UserEntity).update({ id }, { passwordHash, passwordChangedAt: new Date() });
    if (affected !== 1) throw notFound(id);
    await this.endSessions(id);
  }

  /**
   * The user's tokens no longer hold (UserStandings reads the row afresh here, within 10 s elsewhere),
   * and their open sockets are closed on every realtime instance, so they stop hearing the rooms of
   * the role or unit they had; the console then asks the API whether its session holds, and a 401
   * signs it out (`apps/console/src/api/realtime.ts`). A failed
   * close (Redis away) is logged: the change itself has committed.
   */
  private async endSessions(id: number): Promise<void> {
    this.standings.forget(id);
    await this.sockets.disconnect([ROOMS.user(id)]).catch((error: unknown) => this.logger.warn(`open sockets of user ${id} not closed: ${String(error)}`));
  }

  private async get(id: number) {
    const user = await this.db.getRepository(UserEntity).findOne({ where: { id }, relations: { unit: true } });
    if (!user) throw notFound(id);
    return userItem(user);
  }

  /** 400 naming `unitId` when the role cannot sit there; the unit is locked against deactivation meanwhile. */
  private async checkPlacement(manager: EntityManager, role: Role, unitId: number | null, newlyPlaced: boolean): Promise<void> {
    const unit = unitId === null ? null : await manager.findOne(UnitEntity, { where: { id: unitId }, lock: { mode: 'pessimistic_read' } });
    if (unitId !== null && !unit) throw invalidField('unitId', `unitId ${unitId} is not a unit`);
    const problem = placementProblem(role, unit, newlyPlaced);
    if (problem) throw invalidField('unitId', problem);
  }
}

const notFound = (id: number) => new NotFoundException(`No user ${id}`);
