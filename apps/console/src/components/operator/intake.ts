import type { Channel, RequestType, TransferTarget, Urgency } from '../codes/vocabulary';

/** The ticket form as the operator fills it (CreateTicketDto's fields). */
export interface TicketDraft {
  channel: Channel;
  requestType: RequestType;
  urgency: Urgency;
  categoryCode: string;
  regionCode: string;
  address: string;
  title: string;
  content: string;
  citizenName: string;
  citizenPhone: string;
  confidential: boolean;
  enterprise: boolean;
  /** The call the ticket is registered from, remembered from its screen pop. */
  callId: string | undefined;
}

// 投诉 by default: the dispatch preview needs a request type before the operator has picked one.
export const blankDraft = (): TicketDraft => ({
  channel: 'phone',
  requestType: 'complaint',
  urgency: 'normal',
  categoryCode: '',
  regionCode: '',
  address: '',
  title: '',
  content: '',
  citizenName: '',
  citizenPhone: '',
  confidential: false,
  enterprise: false,
  callId: undefined,
});

/** Nothing typed about the matter yet: the caller's number and call come from the screen pop, not the operator. */
export function isBlank(draft: TicketDraft): boolean {
  const blank = blankDraft();
  return (Object.keys(blank) as (keyof TicketDraft)[]).every((key) => key === 'citizenPhone' || key === 'callId' || draft[key] === blank[key]);
}

/**
 * POST /api/tickets' body. Empty optional texts are left out (an empty phone is not a phone number);
 * empty required ones are sent, so that the API names them.
 */
export function ticketBody(draft: TicketDraft, route: boolean): Record<string, unknown> {
  const { citizenName, citizenPhone, callId, ...rest } = draft;
  return {
    ...rest,
    ...(citizenName.trim() && { citizenName }),
    ...(citizenPhone.trim() && { citizenPhone: citizenPhone.trim() }),
    ...(callId && { callId }),
    route,
  };
}

/** POST /api/tickets' answer. */
export interface Registered {
  id: number;
  number: string;
  queryCode: string;
  status: string;
}

/** A ticket as the screen pop and GET /api/tickets list it. */
export interface TicketRow {
  id: number;
  number: string;
  status: string;
  title: string;
  categoryCode: string;
  regionCode?: string;
  createdAt: string;
}

/** Socket.IO `screen-pop` (apps/call-intake/src/calls/screen-pop.ts). */
export interface ScreenPop {
  callId: string;
  callerNumber: string;
  tickets: TicketRow[];
  calls: { callId: string; offeredAt: string | null; status: string; outcome: string | null }[];
}

/** Ended for the centre: nothing left to merge into. */
const CLOSED_STATUSES = ['closed', 'transferred', 'not_accepted', 'merged'];
export const isOpen = (ticket: TicketRow): boolean => !CLOSED_STATUSES.includes(ticket.status);

/** How a ticket ends at intake (apps/routing/src/tickets/dto/intake-commands.dto.ts), by its path. */
export type Outcome =
  | { path: 'resolve-direct'; body: { answer: string } }
  | { path: 'transfer'; body: { to: TransferTarget; note?: string } }
  | { path: 'merge'; body: { intoTicketId: number; note?: string } };
