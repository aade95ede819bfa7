import { describe, expect, it } from '@jest/globals';
import { tokenHolds, type Standing } from './user-standing.js';

describe('tokenHolds: a token speaks for its user while role, unit and active are as it states', () => {
  const token = { role: 'unit_handler', unitId: 7 } as const;
  const standing = (change: Partial<Standing> = {}): Standing => ({ active: true, role: 'unit_handler', unitId: 7, ...change });

  it.each([
    ['unchanged', standing(), true],
    ['deactivated', standing({ active: false }), false],
    ['given another role', standing({ role: 'unit_admin' }), false],
    ['moved to another unit', standing({ unitId: 8 }), false],
    ['taken out of its unit', standing({ unitId: null }), false],
    ['no user row (not made by the login)', null, false],
  ])('%s → %s', (_case, current, holds) => {
    expect(tokenHolds(token, current)).toBe(holds);
  });

  it.each([
    ['unchanged', { role: 'admin', unitId: 1 }, standing({ role: 'admin', unitId: 1 }), true],
    ['taken out of the centre unit (it bounds nothing they see)', { role: 'admin', unitId: 1 }, standing({ role: 'admin', unitId: null }), true],
    ['given another role', { role: 'admin', unitId: null }, standing({ role: 'operator', unitId: null }), false],
    ['deactivated', { role: 'operator', unitId: null }, standing({ role: 'operator', unitId: null, active: false }), false],
  ] as const)('a centre user %s → %s', (_case, claims, current, holds) => {
    expect(tokenHolds(claims, current)).toBe(holds);
  });
});
