import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsObject, IsOptional, Max, Min } from 'class-validator';
import type { RuleAction, RuleConditions } from '#libs/dispatch-rules';
import { RequiredText } from '#libs/platform';

/**
 * A dispatch rule as an administrator writes it. The shape of `conditions` and `action` is checked by
 * the rules library (`ruleProblems`), which names the field at fault, e.g. `conditions.regionPrefix`.
 */
export class RuleDto {
  @RequiredText(100)
  name: string;

  @ApiPropertyOptional({ default: 0, description: 'Among equally specific matches the higher priority wins' })
  @IsOptional()
  @IsInt()
  @Min(-1_000_000)
  @Max(1_000_000)
  priority: number = 0;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  enabled: boolean = true;

  @ApiProperty({ example: { categoryPrefix: '0101', regionPrefix: '379901', requestTypes: ['complaint'], keywords: ['噪音'] } })
  @IsObject()
  conditions: RuleConditions;

  @ApiProperty({
    example: { type: 'dispatch', unitCode: 'U-WATER', replyLimit: { amount: 24, unit: 'natural_hours' } },
    description: "What the rule decides; `replyLimit` (optional: working_days, natural_days, working_hours or natural_hours, up to a year) replaces the request type's reply limit for the tickets it matches, whichever rule routes them and whoever dispatches them",
  })
  @IsObject()
  action: RuleAction;
}
