// Type-only and by file: the console imports these payloads (apps/console, `@server/*`), so nothing
// here may reach a library that needs Node or Nest.
import type { CallBoard } from '../../call-stats/src/call-board.js';

/** What the server pushes, by Socket.IO event name. Clients never send anything but the handshake. */

/** `ticket`: something happened to a ticket a room cares about (dispatched, signed, replied, …). */
export interface TicketPush {
  ticketId: number;
  number: string;
  /** The timeline event types of the change, e.g. `['dispatched', 'dispatched']` for a co-dispatch. */
  events: string[];
  status: string;
  /** Units holding an assignment on the ticket: their rooms get the push. */
  unitIds: number[];
  occurredAt: string;
}

/** `caseload`: a unit's open work, by status and by how close its reply-due is. */
export interface Caseload {
  unitId: number;
  byStatus: Record<string, number>;
  byDueBand: { overdue: number; dueToday: number; later: number };
  at: string;
}

/** `pool`: the centre's work waiting for a person. */
export interface CentrePool {
  byStatus: Record<string, number>;
  /** Tickets with an extension request waiting for the centre. */
  extensionRequests: number;
  /** Tickets with a return request waiting for the centre, the lead's or an assist's. */
  returnRequests: number;
  /** Tickets with an assignment past its reply-due, as the pool's overdue list. */
  overdueTickets: number;
  overdueAssignments: number;
  at: string;
}

/** `figures`: the leaders' board (tickets side; call figures come from call intake). */
export interface LeaderFigures {
  today: {
    total: number;
    byChannel: Record<string, number>;
    byRequestType: Record<string, number>;
    /** 热点: today's most frequent category leaves and streets (a region code cut to its street), most first. */
    hotCategories: { code: string; count: number }[];
    hotRegions: { code: string; count: number }[];
  };
  openByStatus: Record<string, number>;
  overdueAssignments: number;
  at: string;
}

/** `snapshot`: sent once on connection, so a client never shows stale numbers after a reconnect. */
export interface Snapshot {
  rooms: string[];
  caseloads: Caseload[];
  pool?: CentrePool;
  figures?: LeaderFigures;
  /** The phones' board, for the centre and the leaders. */
  calls?: CallBoard;
}

/** `screen-pop` (to the answering operator) and `calls` (the phones' board) are pushed by call intake. */
export const PUSH_EVENTS = {
  ticket: 'ticket',
  caseload: 'caseload',
  pool: 'pool',
  figures: 'figures',
  snapshot: 'snapshot',
  screenPop: 'screen-pop',
  calls: 'calls',
  /** A callback task offered to this agent (to `user:{id}`). */
  callbackTask: 'callback-task',
} as const;
