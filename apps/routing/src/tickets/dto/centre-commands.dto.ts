import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, Min, ValidateIf } from 'class-validator';
import { AssignmentRef } from './assignment-ref.js';
import { OptionalText, RequiredText } from '#libs/platform';

/** 人工派单 from the pool; `designate` is the centre's designation (指定派单). */
export class DispatchDto {
  @ApiPropertyOptional({ description: "Required unless designating: then it defaults to the district government of the ticket's place" })
  @ValidateIf((dto: DispatchDto) => dto.designate !== true || dto.unitId !== undefined)
  @IsInt()
  @Min(1)
  unitId?: number;

  @ApiPropertyOptional({ type: [Number], description: '协办 assist units' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsInt({ each: true })
  @Min(1, { each: true })
  assistUnitIds?: number[];

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  designate?: boolean;

  @OptionalText(1000)
  note?: string;
}

/** 审核: approve the unit's reply, or send it back. */
export class ReviewDto {
  @ApiProperty({ enum: ['approve', 'sendBack'] })
  @IsIn(['approve', 'sendBack'])
  decision: 'approve' | 'sendBack';

  @ApiPropertyOptional({ maxLength: 1000, description: 'Required when sending back' })
  @ValidateIf((dto: ReviewDto) => dto.decision === 'sendBack' || dto.reason !== undefined)
  @RequiredText(1000)
  reason?: string;
}

/** Approving a return or an extension. */
export class ApproveDto {
  @AssignmentRef()
  assignmentId?: number | null;

  @OptionalText(1000)
  note?: string;
}

/** Rejecting a return or an extension: the unit is told why. */
export class RejectDto {
  @AssignmentRef()
  assignmentId?: number | null;

  @RequiredText(1000)
  reason: string;
}

/** 督办重办: a redo that failed again goes back to its unit under a supervision order; what the unit is told. */
export class SupervisedRedoDto {
  @RequiredText(500, 'What the unit is told (督办意见)')
  note: string;
}

/** 催办 / 督办 by hand: which assignment, and what the unit is told. */
export class PressDto {
  @AssignmentRef()
  assignmentId?: number | null;

  @RequiredText(500, 'What the unit is told (催办意见 / 督办意见)')
  note: string;
}
