import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Min } from 'class-validator';
import { RequiredText } from '#libs/platform';

/** 并单 suggestions for a ticket being registered (or one in the pool): its category, region and text. */
export class SimilarTicketsQuery {
  @ApiProperty({ example: '010101' })
  @IsString()
  @Matches(/^\d{2,6}$/, { message: 'categoryCode must be a category code of 2 to 6 digits' })
  categoryCode: string;

  @ApiProperty({ example: '379901001001' })
  @IsString()
  @Matches(/^\d{6,12}$/, { message: 'regionCode must be a region code of 6 to 12 digits' })
  regionCode: string;

  @RequiredText(4100, 'The title and content as written so far')
  text: string;

  @ApiPropertyOptional({ description: 'The ticket the suggestions are for, left out of them' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  excludeTicketId?: number;
}
