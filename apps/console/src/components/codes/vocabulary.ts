import type { Role } from '../../api/session';

/** The API's closed vocabularies (libs/domain, libs/deadlines), as the forms offer them. */
export const REQUEST_TYPES = ['consult', 'help', 'complaint', 'report', 'suggestion', 'praise'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const CHANNELS = ['phone', 'mailbox', 'web', 'app', 'sms', 'open311'] as const;
export type Channel = (typeof CHANNELS)[number];

export const URGENCIES = ['normal', 'urgent', 'critical'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** The tiers `dispatch-by-region` may ask for: a region has no city-tier body. */
export const REGIONAL_TIERS = ['district', 'street', 'community'] as const;
export type RegionalTier = (typeof REGIONAL_TIERS)[number];

export const TRANSFER_TARGETS = ['110', '119', '120', '122', 'other_hotline'] as const;
export type TransferTarget = (typeof TRANSFER_TARGETS)[number];

/** The units a rule's reply limit may be given in (minutes and seconds are the drill profile's only). */
export const REPLY_LIMIT_UNITS = ['working_days', 'natural_days', 'working_hours', 'natural_hours'] as const;
export type ReplyLimitUnit = (typeof REPLY_LIMIT_UNITS)[number];

/** 层级: the tier a unit sits at. */
export const TIERS = ['city', 'district', 'street', 'community'] as const;
export type Tier = (typeof TIERS)[number];

export const UNIT_KINDS = ['centre', 'department', 'utility', 'district_government', 'street_office', 'community'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const ROLES: readonly Role[] = ['operator', 'dispatcher', 'callback_agent', 'unit_handler', 'unit_admin', 'leader', 'admin'];

/** Roles whose users belong to a unit: the API wants a unit for them and none for the centre's roles. */
export const UNIT_ROLES: readonly Role[] = ['unit_handler', 'unit_admin'];
