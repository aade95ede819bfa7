import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { REQUEST_TYPES, type RequestType } from '#libs/domain';
import { CategoryCode, RegionCode, RequiredText, Trim } from '#libs/platform';

/** 写信: what a citizen submits on the public mailbox page, with the answer to a captcha. */
export class SubmitLetterDto {
  @ApiProperty({ description: 'The id GET /api/public/captcha gave' })
  @IsUUID(4, { message: 'captchaId must be the id of a captcha' })
  captchaId: string;

  @ApiProperty({ example: 'x7Kp' })
  @Trim()
  @IsString()
  @MaxLength(10)
  captchaAnswer: string;

  @RequiredText(50, 'The writer’s name')
  name: string;

  @ApiProperty({ example: '13800138000' })
  @IsString()
  @Matches(/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/, { message: 'phone must be a mobile or landline number' })
  phone: string;

  @ApiPropertyOptional({ example: 'citizen@example.cn' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email?: string;

  @RegionCode()
  regionCode: string;

  @RequiredText(200)
  address: string;

  @CategoryCode()
  categoryCode: string;

  @ApiProperty({ enum: REQUEST_TYPES })
  @IsIn(REQUEST_TYPES)
  requestType: RequestType;

  @RequiredText(100)
  title: string;

  @RequiredText(4000)
  content: string;

  @ApiProperty({ description: '同意公开: the reply may be published, without personal data' })
  @IsBoolean()
  agreeToPublish: boolean;
}

/** 查询: a letter is followed with its number and the query code given when it was submitted. */
export class FollowLetterDto {
  @ApiProperty({ example: '2026112300042' })
  @IsString()
  @Matches(/^\d{13,16}$/, { message: 'number must be a ticket number' })
  number: string;

  @ApiProperty({ example: '042917' })
  @IsString()
  @Matches(/^\d{6}$/, { message: 'queryCode must be 6 digits' })
  queryCode: string;
}
