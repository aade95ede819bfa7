/** Who a user is in the hotline's work. A user has exactly one role. */
export const ROLES = [
  'operator', // 话务员: takes calls, registers tickets, answers directly
  'dispatcher', // 派单员: the centre's pool, returns, extensions, urging
  'callback_agent', // 回访员: calls citizens back for satisfaction
  'unit_handler', // 承办人: works a unit's tickets
  'unit_admin', // 单位管理员: a unit's handler who also sees and directs the units below it
  'leader', // 领导: dashboards, read-only
  'admin', // 系统管理员: units, users, rules, calendar
] as const;
export type Role = (typeof ROLES)[number];

/** Roles that act for the 12345 centre rather than for a unit. */
export const CENTRE_ROLES: readonly Role[] = ['operator', 'dispatcher', 'callback_agent', 'leader', 'admin'];

/** Roles whose users belong to a unit and see only that unit's work (and its subtree for unit_admin). */
export const UNIT_ROLES: readonly Role[] = ['unit_handler', 'unit_admin'];

export const isUnitRole = (role: Role): boolean => UNIT_ROLES.includes(role);
