import { describe, expect, it } from '@jest/globals';
import { tokenHolds, type Standing } from './user-standing.js';

/** A token issued at 10:00:00 UTC on 1 December 2026, in whole seconds as JWT `iat` has it. */
const ISSUED = Date.UTC(2026, 11, 1, 10, 0, 0) / 1000;
const at = (seconds: number, ms = 0) => new Date((ISSUED + seconds) * 1000 + ms);

describe('tokenHolds: a token speaks for its user while role, unit, standing and password are as when it was issued', () => {
  const token = { role: 'unit_handler', unitId: 7 } as const;
  const standing = (change: Partial<Standing> = {}): Standing => ({ active: true, role: 'unit_handler', unitId: 7, passwordChangedAt: null, ...change });

  it.each([
    ['unchanged', standing(), true],
    ['deactivated', standing({ active: false }), false],
    ['given another role', standing({ role: 'unit_admin' }), false],
    ['moved to another unit', standing({ unitId: 8 }), false],
    ['taken out of its unit', standing({ unitId: null }), false],
    ['no user row (not made by the login)', null, false],
    ['password reset a second before it was issued', standing({ passwordChangedAt: at(-1) }), true],
    ['password reset later in the second it was issued', standing({ passwordChangedAt: at(0, 400) }), false],
    ['password reset after it was issued', standing({ passwordChangedAt: at(60) }), false],
  ])('%s → %s', (_case, current, holds) => {
    expect(tokenHolds(token, ISSUED, current)).toBe(holds);
  });

  it.each([
    ['unchanged', { role: 'admin', unitId: 1 }, standing({ role: 'admin', unitId: 1 }), true],
    ['taken out of the centre unit (it bounds nothing they see)', { role: 'admin', unitId: 1 }, standing({ role: 'admin', unitId: null }), true],
    ['given another role', { role: 'admin', unitId: null }, standing({ role: 'operator', unitId: null }), false],
    ['deactivated', { role: 'operator', unitId: null }, standing({ role: 'operator', unitId: null, active: false }), false],
  ] as const)('a centre user %s → %s', (_case, claims, current, holds) => {
    expect(tokenHolds(claims, ISSUED, current)).toBe(holds);
  });
});
