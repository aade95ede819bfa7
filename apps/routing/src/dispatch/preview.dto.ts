import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { CHANNELS, REQUEST_TYPES, URGENCIES, type Channel, type RequestType, type Urgency } from '#libs/domain';
import { CategoryCode, RegionCode } from '#libs/platform';

/** The facts of a ticket as the operator's form has them, before it is registered. */
export class PreviewDto {
  @CategoryCode()
  categoryCode: string;

  @RegionCode()
  regionCode: string;

  @ApiProperty({ enum: REQUEST_TYPES })
  @IsIn(REQUEST_TYPES)
  requestType: RequestType;

  @ApiPropertyOptional({ enum: CHANNELS, default: 'phone' })
  @IsOptional()
  @IsIn(CHANNELS)
  channel: Channel = 'phone';

  @ApiPropertyOptional({ enum: URGENCIES, default: 'normal' })
  @IsOptional()
  @IsIn(URGENCIES)
  urgency: Urgency = 'normal';

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  enterprise: boolean = false;

  @ApiPropertyOptional({ maxLength: 4200, description: 'Title and content, for keyword rules' })
  @IsOptional()
  @IsString()
  @MaxLength(4200)
  text: string = '';
}
