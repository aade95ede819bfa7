import { Body, Controller, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '#libs/auth';
import { CreateRegionDto, RenameRegionDto } from './region.dto.js';
import { RegionsService } from './regions.service.js';

/** 属地 administration; the list is the public `GET /api/regions` (ReferenceController). No delete. */
@ApiTags('reference')
@ApiBearerAuth()
@Roles('admin')
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Post()
  @ApiConflictResponse({ description: 'The code is taken' })
  create(@Body() input: CreateRegionDto) {
    return this.regions.create(input);
  }

  @Patch(':code')
  rename(@Param('code') code: string, @Body() input: RenameRegionDto) {
    return this.regions.rename(code, input);
  }
}
