import type { DataScope } from './data-scope.js';

/**
 * The units whose tickets a list shows: the unit asked for, if the caller may see it (none if not),
 * else the caller's whole scope; undefined for the centre asking for no unit (every ticket).
 */
export function unitsShown(scope: DataScope, unitId: number | undefined): readonly number[] | undefined {
  if (scope.kind === 'all') return unitId === undefined ? undefined : [unitId];
  if (unitId === undefined) return [...scope.unitIds];
  return scope.unitIds.has(unitId) ? [unitId] : [];
}
