import { Body, Controller, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '#libs/auth';
import { IdParam } from '#libs/platform';
import { ChangeUnitDto, CreateUnitDto } from './unit.dto.js';
import { UnitsService } from './units.service.js';

/** 承办单位 administration; the list is `GET /api/units` (ReferenceController). No delete: history refers to units. */
@ApiTags('reference')
@ApiBearerAuth()
@Roles('admin')
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Post()
  @ApiConflictResponse({ description: 'The code is taken' })
  create(@Body() input: CreateUnitDto) {
    return this.units.create(input);
  }

  @Patch(':id')
  @ApiConflictResponse({ description: 'Deactivation while the unit has open assignments, active units below it or enabled rules naming it' })
  change(@IdParam() id: number, @Body() input: ChangeUnitDto) {
    return this.units.change(id, input);
  }
}
