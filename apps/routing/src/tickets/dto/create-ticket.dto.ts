import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CHANNELS, REQUEST_TYPES, URGENCIES, type Channel, type RequestType, type Urgency } from '#libs/domain';
import type { NewTicket } from '#libs/intake';
import { CategoryCode, RegionCode, Trim } from '#libs/platform';

/** 登记工单: what an operator (or any intake channel) registers. */
export class CreateTicketDto implements NewTicket {
  @ApiProperty({ enum: CHANNELS })
  @IsIn(CHANNELS)
  channel: Channel;

  @ApiProperty({ enum: REQUEST_TYPES })
  @IsIn(REQUEST_TYPES)
  requestType: RequestType;

  @CategoryCode()
  categoryCode: string;

  @RegionCode()
  regionCode: string;

  @ApiProperty({ maxLength: 200 })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  address: string;

  @ApiProperty({ maxLength: 100 })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  title: string;

  @ApiProperty({ maxLength: 4000 })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  content: string;

  @ApiPropertyOptional({ maxLength: 50 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(50)
  citizenName?: string;

  @ApiPropertyOptional({ example: '13800138000' })
  @IsOptional()
  @IsString()
  @Matches(/^\+?\d[\d-]{2,19}$/, { message: 'citizenPhone must be a phone number' })
  citizenPhone?: string;

  @ApiPropertyOptional({ default: false, description: '保密: units do not see who the citizen is' })
  @IsOptional()
  @IsBoolean()
  confidential?: boolean;

  @ApiPropertyOptional({ default: false, description: '营商环境: an enterprise request, on the green channel' })
  @IsOptional()
  @IsBoolean()
  enterprise?: boolean;

  @ApiPropertyOptional({ enum: URGENCIES, default: 'normal' })
  @IsOptional()
  @IsIn(URGENCIES)
  urgency?: Urgency;

  @ApiPropertyOptional({ description: 'The call this ticket was registered from' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  callId?: string;

  @ApiPropertyOptional({
    default: true,
    description: 'false: the operator closes it at intake (answer, transfer, not accept) instead of routing it',
  })
  @IsOptional()
  @IsBoolean()
  route?: boolean;
}
