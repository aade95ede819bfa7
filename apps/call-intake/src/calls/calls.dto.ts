import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { CALL_OUTCOMES, PRESENCE_STATES, type CallOutcome, type PresenceState } from '#libs/calls';

/** 漏接回拨: the operator called an abandoned caller back. */
export class CallBackDto {
  @ApiProperty({ description: 'Whether the caller was reached' })
  @IsBoolean()
  reached: boolean;
}

export class CallOutcomeDto {
  @ApiProperty({ enum: CALL_OUTCOMES })
  @IsIn(CALL_OUTCOMES)
  outcome: CallOutcome;

  @ApiPropertyOptional({ maxLength: 500, description: 'e.g. which legal channel the caller was told of' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

/** The states an operator sets; being on a call is the CTI's to say. */
export const SETTABLE_STATES = PRESENCE_STATES.filter((state) => state !== 'on_call');

export class PresenceDto {
  @ApiProperty({ enum: SETTABLE_STATES })
  @IsIn(SETTABLE_STATES)
  state: Exclude<PresenceState, 'on_call'>;
}
