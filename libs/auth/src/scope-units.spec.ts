import { describe, expect, it } from '@jest/globals';
import type { DataScope } from './data-scope.js';
import { unitsShown } from './scope-units.js';

const CENTRE: DataScope = { kind: 'all' };
const STREET_ADMIN: DataScope = { kind: 'units', unitIds: new Set([10, 11, 12]) };
const NO_UNIT: DataScope = { kind: 'units', unitIds: new Set() };

describe('unitsShown: whose tickets a list shows', () => {
  it.each<[string, DataScope, number | undefined, readonly number[] | undefined]>([
    ['the centre, no unit asked: every ticket', CENTRE, undefined, undefined],
    ['the centre, a unit asked: that unit', CENTRE, 42, [42]],
    ['a unit admin, no unit asked: the whole subtree', STREET_ADMIN, undefined, [10, 11, 12]],
    ['a unit admin, a unit below asked: that unit', STREET_ADMIN, 11, [11]],
    ['a unit admin, a unit outside asked: none', STREET_ADMIN, 42, []],
    ['a unit user without a unit: none', NO_UNIT, undefined, []],
  ])('%s', (_why, scope, unitId, shown) => {
    expect(unitsShown(scope, unitId)).toEqual(shown);
  });
});
