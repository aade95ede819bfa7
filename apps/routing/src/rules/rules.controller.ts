import { Body, Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '#libs/auth';
import { IdParam } from '#libs/platform';
import { RuleDto } from './rule.dto.js';
import { RulesService } from './rules.service.js';

@ApiTags('dispatch rules')
@ApiBearerAuth()
@Controller('dispatch-rules')
export class RulesController {
  constructor(private readonly rules: RulesService) {}

  @Get()
  @Roles('admin', 'dispatcher')
  list() {
    return this.rules.list();
  }

  @Get(':id')
  @Roles('admin', 'dispatcher')
  get(@IdParam() id: number) {
    return this.rules.get(id);
  }

  @Post()
  @Roles('admin')
  create(@Body() input: RuleDto) {
    return this.rules.create(input);
  }

  @Put(':id')
  @Roles('admin')
  replace(@IdParam() id: number, @Body() input: RuleDto) {
    return this.rules.replace(id, input);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('admin')
  remove(@IdParam() id: number) {
    return this.rules.remove(id);
  }
}
