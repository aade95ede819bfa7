import { useI18n } from 'vue-i18n';

/** 退单理由 (apps/routing/src/tickets/dto/unit-commands.dto.ts RETURN_REASONS). */
export const RETURN_REASONS = ['not_our_duty', 'not_our_region', 'insufficient_information', 'duplicate', 'other'] as const;

/** The API stores a return's reason as `[code] text`: the code is shown in words. */
export function useReturnNote(): (note: string | null | undefined) => string {
  const { t } = useI18n();
  return (note) =>
    (note ?? '').replace(/^\[([a-z_]+)\] /, (whole, code: string) =>
      (RETURN_REASONS as readonly string[]).includes(code) ? `【${t(`ticket.returnReason.${code}`)}】` : whole,
    );
}
