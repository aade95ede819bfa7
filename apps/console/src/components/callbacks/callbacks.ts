/** GET /api/callbacks/mine: the tasks offered to the signed-in agent (apps/callback/src/callback-desk.service.ts). */
export interface OfferedTask {
  id: number;
  ticketId: number;
  dueAt: string;
  missedAttempts: number;
  offeredAt: string;
  ticket: {
    number: string;
    title: string;
    citizenName: string | null;
    citizenPhone: string | null;
    requestType: string;
    categoryCode: string;
  };
}

/** POST /api/callbacks/:id/result: what the result led to. */
export type CallbackOutcome = 'closed' | 'reopened' | 'supervision' | 'retry' | 'unreachable';

export const SOLVED_LEVELS = ['solved', 'partly_solved', 'not_solved'] as const;
export const SATISFACTION_LEVELS = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;

