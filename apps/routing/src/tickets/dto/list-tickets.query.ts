import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { TICKET_STATUSES, type TicketStatus } from '#libs/domain';
import { AWAITING_DECISION, type AwaitingDecision } from '#libs/persistence';
import { CategoryCode, IsInstant, PageQuery, QueryFlag, QueryNumber, RegionCode } from '#libs/platform';

/** Requests waiting for the centre's decision: 延期 extension, 退单 return. */
const AWAITING_DECISIONS = Object.keys(AWAITING_DECISION) as AwaitingDecision[];

/**
 * newest: the latest registered first. urgency: a worklist's order, the tickets with work still
 * running first (the unit's own when `unitId` is given), the most urgent (特急, 紧急, 一般) of them
 * first, then the soonest reply due; then the others (replied, closed), newest first.
 */
export const TICKET_ORDERS = ['newest', 'urgency'] as const;
export type TicketOrder = (typeof TICKET_ORDERS)[number];

export class ListTicketsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: TICKET_STATUSES })
  @IsOptional()
  @IsIn(TICKET_STATUSES)
  status?: TicketStatus;

  @QueryNumber({ description: 'Tickets with an assignment of this unit' })
  unitId?: number;

  @CategoryCode({ optional: true, description: 'A category code or the code of a group above it' })
  categoryCode?: string;

  @RegionCode({ optional: true, description: 'A region code, or a district or street above it' })
  regionCode?: string;

  @ApiPropertyOptional({ description: "The citizen's phone number, exactly" })
  @IsOptional()
  @Matches(/^\+?\d[\d-]{2,19}$/, { message: 'phone must be a phone number' })
  phone?: string;

  @ApiPropertyOptional({ description: 'Registered at or after (ISO 8601)' })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'Registered before (ISO 8601)' })
  @IsOptional()
  @IsInstant()
  to?: string;

  @QueryFlag('Only tickets with an open assignment past its reply-due')
  overdue?: boolean;

  @ApiPropertyOptional({ enum: AWAITING_DECISIONS, description: "Only tickets with an assignment whose extension or return request awaits the centre's decision" })
  @IsOptional()
  @IsIn(AWAITING_DECISIONS)
  awaiting?: AwaitingDecision;

  @ApiPropertyOptional({ enum: TICKET_ORDERS, default: 'newest' })
  @IsOptional()
  @IsIn(TICKET_ORDERS)
  order: TicketOrder = 'newest';

  @QueryFlag('Each item carries its assignments, as the ticket detail does (without the timeline)')
  withAssignments?: boolean;
}
