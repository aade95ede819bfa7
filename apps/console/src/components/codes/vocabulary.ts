/** The API's closed vocabularies, as the forms offer them: the domain's own, and a few of the console's. */
export { CHANNELS, REQUEST_TYPES, TIERS, UNIT_KINDS, URGENCIES, type Channel, type RequestType, type Tier, type UnitKind, type Urgency } from '@server/domain/src/vocabulary';
export { ROLES, UNIT_ROLES } from '@server/domain/src/roles';
export { TRANSFER_TARGETS, type TransferTarget } from '@server/domain/src/outcomes';

/** The tiers `dispatch-by-region` may ask for: a region has no city-tier body. */
export const REGIONAL_TIERS = ['district', 'street', 'community'] as const;
export type RegionalTier = (typeof REGIONAL_TIERS)[number];


/** The units a rule's reply limit may be given in (minutes and seconds are the drill profile's only). */
export const REPLY_LIMIT_UNITS = ['working_days', 'natural_days', 'working_hours', 'natural_hours'] as const;
export type ReplyLimitUnit = (typeof REPLY_LIMIT_UNITS)[number];
