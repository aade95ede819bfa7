import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsPositive,
  IsString,
  Matches,
  ValidateBy,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { CALL_TRANSFER_TARGETS, CTI_EVENT_TYPES, type CallTransferTarget, type CtiEventType } from '#libs/calls';
import { IsInstant } from '#libs/platform';

/** How many events one request may carry: a CTI system batching its pushes stays under the body limit. */
export const CTI_BATCH_MAX = 200;

// Ids and numbers as switches print them: digits, letters and a few separators, nothing that could be markup.
const CODE = /^[A-Za-z0-9._:+-]{1,64}$/;
const NUMBER = /^\+?[0-9*#-]{1,32}$/;

/** How far ahead of this server an event may be stamped: clocks differ a little, never by minutes. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** A time that has happened: an event from the future would sit in a bucket the board does not read yet. */
const NotAhead = () =>
  ValidateBy({
    name: 'notAhead',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && Date.parse(value) <= Date.now() + FUTURE_TOLERANCE_MS,
      defaultMessage: () => 'at is more than 5 minutes ahead of this server: check the CTI clock',
    },
  });

const is = (type: CtiEventType) => (event: CtiEventDto) => event.type === type;

/** One call event as the CTI system reports it (modelled on Zammad's newCall / answer / hangup pushes). */
export class CtiEventDto {
  @ApiProperty({ example: 'pbx-20261123-000042' })
  @IsString()
  @Matches(CODE, { message: 'callId must be 1 to 64 letters, digits or . _ : + -' })
  callId: string;

  @ApiProperty({ enum: CTI_EVENT_TYPES })
  @IsIn(CTI_EVENT_TYPES)
  type: CtiEventType;

  @ApiProperty({ example: '2026-11-23T09:15:02.120+08:00', description: 'When it happened, with its offset' })
  @IsInstant()
  @NotAhead()
  at: string;

  @ApiProperty({ example: '13812345678' })
  @IsString()
  @Matches(NUMBER, { message: 'callerNumber must be a phone number (digits, at most 32)' })
  callerNumber: string;

  @ApiProperty({ example: '12345', description: 'The number dialled' })
  @IsString()
  @Matches(CODE, { message: 'line must be 1 to 64 letters, digits or . _ : + -' })
  line: string;

  @ApiProperty({ example: 'general', description: 'The skill queue it waited in' })
  @IsString()
  @Matches(CODE, { message: 'queue must be 1 to 64 letters, digits or . _ : + -' })
  queue: string;

  @ApiPropertyOptional({ description: 'The operator (user id) who answered or transferred it; required when answered' })
  @ValidateIf((event: CtiEventDto) => is('answered')(event) || event.operatorId !== undefined)
  @IsDefined({ message: 'an answered event names its operator (operatorId)' })
  @IsInt()
  @IsPositive()
  operatorId?: number;

  @ApiPropertyOptional({ enum: CALL_TRANSFER_TARGETS, description: 'Required when transferred' })
  @ValidateIf((event: CtiEventDto) => is('transferred')(event) || event.transferTo !== undefined)
  @IsDefined({ message: 'a transferred event names its target (transferTo)' })
  @IsIn(CALL_TRANSFER_TARGETS)
  transferTo?: CallTransferTarget;

  @ApiPropertyOptional({ description: 'A three-way call: the operator stayed on the line' })
  @IsOptional()
  @IsBoolean()
  threeWay?: boolean;
}

export class CtiEventsDto {
  @ApiProperty({ type: [CtiEventDto], maxItems: CTI_BATCH_MAX })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(CTI_BATCH_MAX)
  @ValidateNested({ each: true })
  @Type(() => CtiEventDto)
  events: CtiEventDto[];
}
