import type { Limit, LimitUnit } from '#libs/deadlines';
import { CHANNELS, REQUEST_TYPES, TRANSFER_TARGETS, URGENCIES } from '#libs/domain';
import type { DispatchRule, RegionalTier, RuleAction, RuleConditions } from './rule.js';

/** Names the field as a path into the rule, so that an HTTP error can point at it. */
export interface RuleProblem {
  readonly field: string;
  readonly message: string;
}

const REGIONAL_TIERS: readonly RegionalTier[] = ['district', 'street', 'community'];
// The widths of the dispatch_rules columns.
const NAME_MAX = 100;
const INT_MAX = 2 ** 31 - 1;
// Category codes grow by two digits a level; region codes reach 12 digits at the community.
const CATEGORY_PREFIX = /^(?:\d\d)+$/;
const REGION_PREFIX = /^\d{1,12}$/;

const unless = (ok: boolean, field: string, message: string): RuleProblem[] => (ok ? [] : [{ field, message }]);
const isBlank = (text: string): boolean => text.trim() === '';
const requireText = (field: string, text: string): RuleProblem[] => unless(!isBlank(text), field, 'must not be blank');
const duplicatesOf = <T>(values: readonly T[]): T[] => values.filter((value, index) => values.indexOf(value) !== index);

/** Checks an "any of" list; `allowed` is absent for free text. */
function listProblems<T extends string>(field: string, values: readonly T[] | undefined, allowed?: readonly T[]): RuleProblem[] {
  if (values === undefined) return [];
  // An empty list would match nothing, which is never what an author means by it.
  if (values.length === 0) return [{ field, message: 'must not be empty: leave it out to match any' }];
  const unknown = allowed === undefined ? [] : values.filter((value) => !allowed.includes(value));
  const twice = duplicatesOf(values);
  return [
    ...unless(unknown.length === 0, field, `unknown value(s): ${unknown.join(', ')}`),
    ...unless(!values.some(isBlank), field, 'must not contain a blank value'),
    ...unless(twice.length === 0, field, `names ${twice.join(', ')} more than once`),
  ];
}

function conditionProblems(conditions: RuleConditions): RuleProblem[] {
  const { categoryPrefix, regionPrefix } = conditions;
  return [
    ...unless(
      categoryPrefix === undefined || CATEGORY_PREFIX.test(categoryPrefix),
      'conditions.categoryPrefix',
      'must be a category code or its prefix (pairs of digits); leave it out to match any',
    ),
    ...unless(
      regionPrefix === undefined || REGION_PREFIX.test(regionPrefix),
      'conditions.regionPrefix',
      'must be 1 to 12 digits of a region code; leave it out to match any',
    ),
    ...listProblems('conditions.requestTypes', conditions.requestTypes, REQUEST_TYPES),
    ...listProblems('conditions.channels', conditions.channels, CHANNELS),
    ...listProblems('conditions.urgencies', conditions.urgencies, URGENCIES),
    ...listProblems('conditions.keywords', conditions.keywords),
  ];
}

/**
 * The units a rule may give a matter's reply limit in, each with its longest: a year at most. Minutes
 * and seconds are for the drill profile's training limits, never a live matter's.
 */
const REPLY_LIMIT_MAX: Partial<Record<LimitUnit, number>> = { working_days: 250, natural_days: 366, working_hours: 2000, natural_hours: 8784 };
const REPLY_LIMIT_KEYS = ['amount', 'unit'];

function replyLimitProblems(limit: Limit | undefined): RuleProblem[] {
  if (limit === undefined) return [];
  if (typeof limit !== 'object' || limit === null) return [{ field: 'action.replyLimit', message: 'must be an object: { amount, unit }' }];
  const max = REPLY_LIMIT_MAX[limit.unit];
  const units = Object.keys(REPLY_LIMIT_MAX).join(', ');
  return [
    ...Object.keys(limit)
      .filter((key) => !REPLY_LIMIT_KEYS.includes(key))
      .map((key) => ({ field: `action.replyLimit.${key}`, message: 'is not a field of a reply limit: { amount, unit }' })),
    ...unless(max !== undefined, 'action.replyLimit.unit', `must be one of ${units}`),
    ...unless(
      max === undefined || (Number.isInteger(limit.amount) && limit.amount >= 1 && limit.amount <= max),
      'action.replyLimit.amount',
      `must be a whole number from 1 to ${max} ${limit.unit}`,
    ),
  ];
}

function actionProblems(action: RuleAction): RuleProblem[] {
  return [...routingProblems(action), ...replyLimitProblems(action.replyLimit)];
}

function routingProblems(action: RuleAction): RuleProblem[] {
  switch (action.type) {
    case 'dispatch':
      return requireText('action.unitCode', action.unitCode);
    case 'dispatch-by-region':
      return unless(REGIONAL_TIERS.includes(action.tier), 'action.tier', `must be one of ${REGIONAL_TIERS.join(', ')}`);
    case 'co-dispatch':
      return [
        ...requireText('action.primaryUnitCode', action.primaryUnitCode),
        ...(action.assistUnitCodes.length === 0
          ? [{ field: 'action.assistUnitCodes', message: 'must name at least one assist: use dispatch for a single unit' }]
          : listProblems('action.assistUnitCodes', action.assistUnitCodes)),
        ...unless(
          !action.assistUnitCodes.includes(action.primaryUnitCode),
          'action.assistUnitCodes',
          `must not name the primary unit ${action.primaryUnitCode}`,
        ),
      ];
    case 'manual':
    case 'direct':
      return requireText('action.reason', action.reason);
    case 'transfer':
      return unless(TRANSFER_TARGETS.includes(action.to), 'action.to', `must be one of ${TRANSFER_TARGETS.join(', ')}`);
    default:
      // Rules also come from JSON columns, where the compiler's exhaustiveness does not reach.
      return [{ field: 'action.type', message: `unknown action type ${String((action as { type: unknown }).type)}` }];
  }
}

/** What is wrong with a rule beyond the types of its fields; empty when it may be saved. */
export function ruleProblems(rule: Omit<DispatchRule, 'id'>): RuleProblem[] {
  return [
    ...requireText('name', rule.name),
    ...unless(rule.name.length <= NAME_MAX, 'name', `must be at most ${NAME_MAX} characters`),
    ...unless(
      Number.isInteger(rule.priority) && Math.abs(rule.priority) <= INT_MAX,
      'priority',
      `must be a whole number between -${INT_MAX} and ${INT_MAX}`,
    ),
    ...conditionProblems(rule.conditions),
    ...actionProblems(rule.action),
  ];
}
