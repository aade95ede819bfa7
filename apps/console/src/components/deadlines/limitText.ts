import type { EscalationOffset, Limit } from './policy';

/** vue-i18n's `t` with named values and a plural count: `useI18n().t` or `i18n.global.t`. */
export type Translate = (key: string, named?: Record<string, unknown>, plural?: number) => string;

/**
 * A limit as people say it: '1 个工作日', '15 分钟（自然时间）', '2 working days'. The message
 * `deadlines.limit.<unit>` holds the wording; English picks its singular or plural by the amount.
 */
export const limitText = (t: Translate, { amount, unit }: Limit): string => t(`deadlines.limit.${unit}`, { n: amount }, amount);

/** When a step of the escalation ladder comes due: at the warning, at the reply-due, or a limit after it. */
export function offsetText(t: Translate, offset: EscalationOffset): string {
  if (offset.from === 'warning') return t('deadlines.offset.warning');
  if (offset.after.amount === 0) return t('deadlines.offset.atDue');
  return t('deadlines.offset.afterDue', { limit: limitText(t, offset.after) });
}

/** The share of a limit used, 0.75 → '75%'. */
export const percentText = (fraction: number): string => `${Math.round(fraction * 100)}%`;
