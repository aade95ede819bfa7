import type { TicketFacts } from '#libs/dispatch-rules';
import type { TicketEntity } from '#libs/persistence';
import { DueFacts } from '#libs/intake';

/** What the rules and the deadlines look at in a ticket. */
export const factsOf = (ticket: TicketEntity): TicketFacts & DueFacts => ({
  categoryCode: ticket.categoryCode,
  regionCode: ticket.regionCode,
  requestType: ticket.requestType,
  channel: ticket.channel,
  urgency: ticket.urgency,
  enterprise: ticket.enterprise,
  text: `${ticket.title}\n${ticket.content}`,
});
