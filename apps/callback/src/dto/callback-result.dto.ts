import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, ValidateIf } from 'class-validator';
import { SATISFACTION_LEVELS, SOLVED_LEVELS, type SatisfactionLevel, type SolvedLevel } from '#libs/domain';
import { OptionalText } from '#libs/platform';

/** What the agent heard: not reached (a missed call), or the citizen's answers. */
export class CallbackResultDto {
  @ApiProperty({ description: 'Whether the citizen answered' })
  @IsBoolean()
  reached: boolean;

  @ApiPropertyOptional({ enum: SOLVED_LEVELS, description: '已解决 / 部分解决 / 未解决; required when reached' })
  @ValidateIf((dto: CallbackResultDto) => dto.reached === true)
  @IsIn(SOLVED_LEVELS)
  solved?: SolvedLevel;

  @ApiPropertyOptional({ enum: SATISFACTION_LEVELS, description: '满意 / 基本满意 / 不满意; required when reached' })
  @ValidateIf((dto: CallbackResultDto) => dto.reached === true)
  @IsIn(SATISFACTION_LEVELS)
  satisfaction?: SatisfactionLevel;

  @OptionalText(1000)
  note?: string;
}

export class ReadyDto {
  @ApiProperty({ description: 'Ready for callback tasks (true) or away (false)' })
  @IsBoolean()
  ready: boolean;
}
