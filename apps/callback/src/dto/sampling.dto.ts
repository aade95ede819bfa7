import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { REQUEST_TYPES, type RequestType } from '#libs/domain';

export class SamplingRuleDto {
  @ApiProperty({ description: "A category code's prefix ('' for every category)", example: '01' })
  @Matches(/^\d{0,6}$/, { message: 'categoryPrefix must be up to 6 digits' })
  categoryPrefix: string;

  @ApiPropertyOptional({ enum: REQUEST_TYPES, nullable: true, description: 'null or absent: every request type' })
  @IsOptional()
  @IsIn(REQUEST_TYPES)
  requestType?: RequestType | null;

  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsInt()
  @Min(0)
  @Max(100)
  percent: number;
}

/** The whole set of rules, replacing the stored one. */
export class SamplingRulesDto {
  @ApiProperty({ type: [SamplingRuleDto] })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => SamplingRuleDto)
  rules: SamplingRuleDto[];
}
