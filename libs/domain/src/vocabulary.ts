/** Where a request came in. */
export const CHANNELS = ['phone', 'mailbox', 'web', 'app', 'sms', 'open311'] as const;
export type Channel = (typeof CHANNELS)[number];

/** 诉求类型: consult 咨询, help 求助, complaint 投诉, report 举报, suggestion 建议, praise 表扬. */
export const REQUEST_TYPES = ['consult', 'help', 'complaint', 'report', 'suggestion', 'praise'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

/** 一般 normal, 紧急 urgent (cannot wait), 特急 critical (would cause serious harm). */
export const URGENCIES = ['normal', 'urgent', 'critical'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** 层级: the tier a unit sits at. */
export const TIERS = ['city', 'district', 'street', 'community'] as const;
export type Tier = (typeof TIERS)[number];

/** What kind of body a unit is. */
export const UNIT_KINDS = ['centre', 'department', 'utility', 'district_government', 'street_office', 'community'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** 属地 region levels by the length of the administrative code: district 6, street 9, community 12 digits. */
export const REGION_LEVELS = { district: 6, street: 9, community: 12 } as const;
export type RegionLevel = keyof typeof REGION_LEVELS;

export const regionLevelOf = (code: string): RegionLevel | undefined =>
  (Object.keys(REGION_LEVELS) as RegionLevel[]).find((level) => REGION_LEVELS[level] === code.length && /^\d+$/.test(code));
