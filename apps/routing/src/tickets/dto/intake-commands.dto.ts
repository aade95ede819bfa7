import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Min } from 'class-validator';
import { NOT_ACCEPT_OUTCOMES, TRANSFER_TARGETS, type NotAcceptOutcome, type TransferTarget } from '#libs/domain';
import { OptionalText, RequiredText } from '#libs/platform';

/** 直接办结: answered at once, e.g. from the knowledge base. */
export class ResolveDirectDto {
  @RequiredText(4000)
  answer: string;
}

/** 转接: 110, 119, 120, 122 or another hotline. */
export class TransferDto {
  @ApiProperty({ enum: TRANSFER_TARGETS })
  @IsIn(TRANSFER_TARGETS)
  to: TransferTarget;

  @OptionalText(1000)
  note?: string;
}

/** 不予受理, with the basis told to the citizen. */
export class NotAcceptDto {
  @ApiProperty({ enum: NOT_ACCEPT_OUTCOMES })
  @IsIn(NOT_ACCEPT_OUTCOMES)
  outcome: NotAcceptOutcome;

  @RequiredText(1000)
  basis: string;
}

/** 并单: a duplicate joins an open ticket. */
export class MergeDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  intoTicketId: number;

  @OptionalText(1000)
  note?: string;
}
