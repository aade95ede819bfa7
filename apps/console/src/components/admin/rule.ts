import type { Channel, RegionalTier, ReplyLimitUnit, RequestType, TransferTarget, Urgency } from '../codes/vocabulary';

export const ACTION_TYPES = ['dispatch', 'dispatch-by-region', 'co-dispatch', 'manual', 'direct', 'transfer'] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

/** A rule's conditions as the API stores them (libs/dispatch-rules rule.ts): an absent one matches any ticket. */
export interface RuleConditions {
  categoryPrefix?: string;
  regionPrefix?: string;
  requestTypes?: RequestType[];
  channels?: Channel[];
  urgencies?: Urgency[];
  enterprise?: boolean;
  keywords?: string[];
}

export interface ReplyLimit {
  amount: number;
  unit: ReplyLimitUnit;
}

export type RuleAction = (
  | { type: 'dispatch'; unitCode: string }
  | { type: 'dispatch-by-region'; tier: RegionalTier }
  | { type: 'co-dispatch'; primaryUnitCode: string; assistUnitCodes: string[] }
  | { type: 'manual' | 'direct'; reason: string }
  | { type: 'transfer'; to: TransferTarget }
) & { replyLimit?: ReplyLimit };

export interface DispatchRule {
  id: number;
  name: string;
  priority: number;
  enabled: boolean;
  conditions: RuleConditions;
  action: RuleAction;
  version: number;
}

/** The form's model: every field present, so that switching the action type keeps what was typed. */
export interface RuleForm {
  name: string;
  priority: number;
  enabled: boolean;
  conditions: {
    categoryPrefix?: string;
    regionPrefix?: string;
    requestTypes: RequestType[];
    channels: Channel[];
    urgencies: Urgency[];
    enterprise: '' | 'yes' | 'no';
    keywords: string[];
  };
  action: {
    type: ActionType;
    unitCode?: string;
    tier?: RegionalTier;
    primaryUnitCode?: string;
    assistUnitCodes: string[];
    reason: string;
    to?: TransferTarget;
    replyLimit: { amount?: number; unit?: ReplyLimitUnit };
  };
}

export function formOf(rule?: DispatchRule): RuleForm {
  const conditions = rule?.conditions ?? {};
  const action: RuleAction = rule?.action ?? { type: 'dispatch', unitCode: '' };
  return {
    name: rule?.name ?? '',
    priority: rule?.priority ?? 0,
    enabled: rule?.enabled ?? true,
    conditions: {
      categoryPrefix: conditions.categoryPrefix,
      regionPrefix: conditions.regionPrefix,
      requestTypes: [...(conditions.requestTypes ?? [])],
      channels: [...(conditions.channels ?? [])],
      urgencies: [...(conditions.urgencies ?? [])],
      enterprise: conditions.enterprise === undefined ? '' : conditions.enterprise ? 'yes' : 'no',
      keywords: [...(conditions.keywords ?? [])],
    },
    action: {
      type: action.type,
      unitCode: 'unitCode' in action ? action.unitCode : undefined,
      tier: 'tier' in action ? action.tier : undefined,
      primaryUnitCode: 'primaryUnitCode' in action ? action.primaryUnitCode : undefined,
      assistUnitCodes: 'assistUnitCodes' in action ? [...action.assistUnitCodes] : [],
      reason: 'reason' in action ? action.reason : '',
      to: 'to' in action ? action.to : undefined,
      replyLimit: { ...action.replyLimit },
    },
  };
}

const listOrAbsent = <T>(values: T[]): T[] | undefined => (values.length > 0 ? values : undefined);
const textOrAbsent = (text: string | undefined): string | undefined => (text ? text : undefined);

/**
 * The RuleDto to send. An empty condition is left out (the API refuses an empty list: it would match
 * nothing); the action carries only its type's fields, text as '' when missing so that the API names it.
 */
export function bodyOf(form: RuleForm): Omit<DispatchRule, 'id' | 'version'> {
  const { conditions: c, action: a } = form;
  const { amount, unit } = a.replyLimit;
  const replyLimit = amount === undefined && !unit ? undefined : ({ amount, unit } as ReplyLimit);
  const routing = {
    dispatch: () => ({ type: 'dispatch', unitCode: a.unitCode ?? '' }),
    'dispatch-by-region': () => ({ type: 'dispatch-by-region', tier: a.tier }),
    'co-dispatch': () => ({ type: 'co-dispatch', primaryUnitCode: a.primaryUnitCode ?? '', assistUnitCodes: a.assistUnitCodes }),
    manual: () => ({ type: 'manual', reason: a.reason }),
    direct: () => ({ type: 'direct', reason: a.reason }),
    transfer: () => ({ type: 'transfer', to: a.to }),
  }[a.type]() as RuleAction;
  return {
    name: form.name,
    priority: form.priority,
    enabled: form.enabled,
    conditions: {
      categoryPrefix: textOrAbsent(c.categoryPrefix),
      regionPrefix: textOrAbsent(c.regionPrefix),
      requestTypes: listOrAbsent(c.requestTypes),
      channels: listOrAbsent(c.channels),
      urgencies: listOrAbsent(c.urgencies),
      enterprise: c.enterprise === '' ? undefined : c.enterprise === 'yes',
      keywords: listOrAbsent(c.keywords),
    },
    action: { ...routing, ...(replyLimit && { replyLimit }) },
  };
}

/** The unit codes an action names, for the list's filter and labels. */
export const unitCodesOf = (action: RuleAction): string[] =>
  action.type === 'dispatch' ? [action.unitCode] : action.type === 'co-dispatch' ? [action.primaryUnitCode, ...action.assistUnitCodes] : [];
