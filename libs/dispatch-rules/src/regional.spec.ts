import { describe, expect, it } from '@jest/globals';
import { resolveRegionalUnit } from './regional.js';
import type { RegionalTier } from './rule.js';

// 海川区 with 海滨街道 and its 望海社区; 观潮社区 has no residents' committee yet.
const BODIES = new Map([
  ['district 379901', 'G-379901'],
  ['street 379901001', 'S-379901001'],
  ['community 379901001001', 'C-379901001001'],
]);
const lookup = (regionCode: string, tier: RegionalTier): string | undefined => BODIES.get(`${tier} ${regionCode}`);

describe('resolveRegionalUnit (属地)', () => {
  it.each<[string, RegionalTier, string | undefined]>([
    ['379901001001', 'community', 'C-379901001001'],
    ['379901001001', 'street', 'S-379901001'],
    ['379901001001', 'district', 'G-379901'],
    ['379901001', 'street', 'S-379901001'],
    ['379901001', 'district', 'G-379901'],
    // Above the asked tier: the region's own body, never a guessed one below it.
    ['379901001', 'community', 'S-379901001'],
    ['379901', 'street', 'G-379901'],
    ['379901', 'community', 'G-379901'],
    // No body at the asked tier: the nearest one above.
    ['379901001002', 'community', 'S-379901001'],
    // Outside the city.
    ['379999001', 'street', undefined],
    ['', 'district', undefined],
  ])('resolves %s at %s to %s', (regionCode, tier, unit) => {
    expect(resolveRegionalUnit(regionCode, tier, lookup)).toBe(unit);
  });

  it('asks only for the tier and the ones above it, deepest first', () => {
    const asked: string[] = [];
    resolveRegionalUnit('379999001001', 'street', (code, tier) => void asked.push(`${tier} ${code}`));
    expect(asked).toEqual(['street 379999001', 'district 379999']);
  });
});
