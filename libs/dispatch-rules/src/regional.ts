import { REGION_LEVELS } from '#libs/domain';
import type { RegionalTier } from './rule.js';

const DEEPEST_FIRST: readonly RegionalTier[] = ['community', 'street', 'district'];

/**
 * 属地: the body of the ticket's region at `tier`, e.g. the street office over a community's address.
 * A ticket placed only above that tier (a district, asked for a street office), or a region without a
 * body at that tier, gets the deepest body that is neither below the region nor below the tier: a
 * rule never guesses a street or community the citizen did not name.
 */
export function resolveRegionalUnit<T>(
  regionCode: string,
  tier: RegionalTier,
  lookup: (regionCode: string, tier: RegionalTier) => T | undefined,
): T | undefined {
  for (const level of DEEPEST_FIRST.slice(DEEPEST_FIRST.indexOf(tier))) {
    const length = REGION_LEVELS[level];
    if (length > regionCode.length) continue;
    const unit = lookup(regionCode.slice(0, length), level);
    if (unit !== undefined) return unit;
  }
  return undefined;
}
