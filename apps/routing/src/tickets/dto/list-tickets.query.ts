import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, Matches, Max, Min } from 'class-validator';
import { TICKET_STATUSES, type TicketStatus } from '#libs/domain';

/** Query strings carry text: "true" and "false" are the booleans. */
const BooleanText = () => Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));

export class ListTicketsQuery {
  @ApiPropertyOptional({ enum: TICKET_STATUSES })
  @IsOptional()
  @IsIn(TICKET_STATUSES)
  status?: TicketStatus;

  @ApiPropertyOptional({ description: 'Tickets with an assignment of this unit' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  unitId?: number;

  @ApiPropertyOptional({ description: 'A category code or the code of a group above it' })
  @IsOptional()
  @Matches(/^\d{2,6}$/, { message: 'categoryCode must be a category code of 2 to 6 digits' })
  categoryCode?: string;

  @ApiPropertyOptional({ description: 'A region code, or a district or street above it' })
  @IsOptional()
  @Matches(/^\d{6,12}$/, { message: 'regionCode must be a region code of 6 to 12 digits' })
  regionCode?: string;

  @ApiPropertyOptional({ description: "The citizen's phone number, exactly" })
  @IsOptional()
  @Matches(/^\+?\d[\d-]{2,19}$/, { message: 'phone must be a phone number' })
  phone?: string;

  @ApiPropertyOptional({ description: 'Registered at or after (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'Registered before (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ description: 'Only tickets with an open assignment past its reply-due' })
  @IsOptional()
  @BooleanText()
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page: number = 1;

  @ApiPropertyOptional({ default: 20, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize: number = 20;
}
