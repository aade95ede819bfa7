import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CHANNELS, REQUEST_TYPES, URGENCIES, type Channel, type RequestType, type Urgency } from '#libs/domain';
import { Trim } from '#libs/platform';

/** 登记工单: what an operator (or any intake channel) registers. */
export class CreateTicketDto {
  @ApiProperty({ enum: CHANNELS })
  @IsIn(CHANNELS)
  channel: Channel;

  @ApiProperty({ enum: REQUEST_TYPES })
  @IsIn(REQUEST_TYPES)
  requestType: RequestType;

  @ApiProperty({ example: '010101', description: 'A leaf of the category tree' })
  @IsString()
  @Matches(/^\d{2,6}$/, { message: 'categoryCode must be a category code of 2 to 6 digits' })
  categoryCode: string;

  @ApiProperty({ example: '379901001', description: 'A district, street or community code' })
  @IsString()
  @Matches(/^\d{6,12}$/, { message: 'regionCode must be a region code of 6 to 12 digits' })
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
