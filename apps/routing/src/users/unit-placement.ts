import { isUnitRole, type Role, type UnitKind } from '#libs/domain';

/** What the rule needs of the unit a user is to belong to. */
export interface PlacementUnit {
  readonly kind: UnitKind;
  readonly active: boolean;
}

/**
 * Why a user of `role` cannot belong to `unit` (null: to none), or undefined when they can. A unit
 * role works its unit's tickets and sees that unit's scope, so it needs one; a centre role acts for
 * the 12345 centre: no unit, or the centre's own (the demo city seats its centre staff there). A unit
 * must be active to be given to someone (`newlyPlaced`); one deactivated since does not stop other edits.
 */
export function placementProblem(role: Role, unit: PlacementUnit | null, newlyPlaced: boolean): string | undefined {
  if (unit && newlyPlaced && !unit.active) return 'unitId must be an active unit';
  if (isUnitRole(role)) return unit ? undefined : `unitId is required for the role ${role}`;
  return unit === null || unit.kind === 'centre' ? undefined : `unitId must be empty for the centre role ${role}`;
}
