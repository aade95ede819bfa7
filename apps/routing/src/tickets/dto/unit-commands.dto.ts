import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { AssignmentRef } from './assignment-ref.js';
import { IsInstant, OptionalText, RequiredText } from '#libs/platform';

/** 签收 */
export class SignDto {
  @AssignmentRef()
  assignmentId?: number | null;
}

/** 答复: the unit's answer and whether the problem is solved. */
export class ReplyDto {
  @AssignmentRef()
  assignmentId?: number | null;

  @RequiredText(4000)
  content: string;

  @ApiProperty()
  @IsBoolean()
  solved: boolean;
}

/** Why a unit asks to return a ticket (退单理由). */
export const RETURN_REASONS = ['not_our_duty', 'not_our_region', 'insufficient_information', 'duplicate', 'other'] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

/** 退单申请 */
export class ReturnDto {
  @AssignmentRef()
  assignmentId?: number | null;

  @ApiProperty({ enum: RETURN_REASONS })
  @IsIn(RETURN_REASONS)
  reasonCode: ReturnReason;

  @RequiredText(1000, 'Why, and which unit it belongs to if known')
  reason: string;
}

/** 延期申请 */
export class ExtensionDto {
  @AssignmentRef()
  assignmentId?: number | null;

  @ApiProperty({ minimum: 1, maximum: 30, description: 'Working days asked for' })
  @IsInt()
  @Min(1)
  @Max(30)
  days: number;

  @RequiredText(1000)
  reason: string;
}

/** 二级派单: to a unit below the caller's. */
export class SubDispatchDto {
  @AssignmentRef()
  assignmentId?: number | null;

  @ApiProperty()
  @IsInt()
  @Min(1)
  unitId: number;

  @ApiPropertyOptional({ description: "Reply-due of the child; defaults to the parent's own reply-due" })
  @IsOptional()
  @IsInstant()
  replyDueAt?: string;

  @OptionalText(1000)
  note?: string;
}
