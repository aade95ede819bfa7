import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isUnitRole } from '#libs/domain';
import type { AuthUser } from './auth-user.js';

/** Which units' work a user may see: the centre sees all; a unit user its own unit and those below. */
export type DataScope = { kind: 'all' } | { kind: 'units'; unitIds: ReadonlySet<number> };

export const inScope = (scope: DataScope, unitId: number): boolean =>
  scope.kind === 'all' || scope.unitIds.has(unitId);

@Injectable()
export class DataScopeService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async scopeOf(user: Pick<AuthUser, 'role' | 'unitId'>): Promise<DataScope> {
    if (!isUnitRole(user.role)) return { kind: 'all' };
    if (user.unitId === null) return { kind: 'units', unitIds: new Set() };
    // One range scan of the path index: the unit and its whole subtree.
    const rows: { id: number }[] = await this.db.query(
      `SELECT u.id FROM units u JOIN units me ON me.id = ? WHERE u.path LIKE CONCAT(me.path, '%')`,
      [user.unitId],
    );
    return { kind: 'units', unitIds: new Set(rows.map((row) => row.id)) };
  }

  /**
   * Refuses with 404, not 403: a unit user must not learn that another unit's record exists
   * (leaks of work orders to the person complained about are how complaints go wrong).
   */
  async assertReaches(user: AuthUser, unitIds: readonly number[]): Promise<void> {
    const scope = await this.scopeOf(user);
    if (!unitIds.some((unitId) => inScope(scope, unitId))) throw new NotFoundException('Not found');
  }
}
