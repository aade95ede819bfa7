import { describe, expect, it } from '@jest/globals';
import { ROLES, UNIT_ROLES, type Role } from '#libs/domain';
import { placementProblem, type PlacementUnit } from './unit-placement.js';

const department: PlacementUnit = { kind: 'department', active: true };
const community: PlacementUnit = { kind: 'community', active: true };
const centre: PlacementUnit = { kind: 'centre', active: true };
const closed: PlacementUnit = { kind: 'street_office', active: false };
const centreRoles = ROLES.filter((role) => !UNIT_ROLES.includes(role));

describe('placementProblem: which unit a role may belong to', () => {
  it.each(UNIT_ROLES.flatMap((role) => [
    [role, department, true, undefined],
    [role, community, true, undefined],
    [role, null, true, 'required'],
    [role, closed, true, 'active'],
    [role, closed, false, undefined], // its unit was deactivated later: renaming the user is still fine
  ] as const))('%s in %j (newly placed: %s) → %s', (role, unit, newlyPlaced, problem) => {
    const found = placementProblem(role, unit, newlyPlaced);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toMatch(new RegExp(`^unitId .*${problem}`));
  });

  it.each(centreRoles.flatMap((role: Role) => [
    [role, null, undefined],
    [role, centre, undefined],
    [role, department, 'empty'],
    [role, community, 'empty'],
  ] as const))('%s in %j → %s', (role, unit, problem) => {
    const found = placementProblem(role, unit, true);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toMatch(new RegExp(`^unitId .*${problem}`));
  });
});
