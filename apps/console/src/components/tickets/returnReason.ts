import { useI18n } from 'vue-i18n';
import type { Assignment, TicketDetail } from './types';

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

/** Why an assignment asks to be returned: the assignment view has no reason, its request's timeline event has. */
export function useReturnReason(): (ticket: TicketDetail, assignment: Assignment | undefined) => string {
  const returnNote = useReturnNote();
  return (ticket, assignment) =>
    returnNote(ticket.timeline.filter((event) => event.type === 'return_requested' && event.assignmentId === assignment?.id).at(-1)?.note);
}
