import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '#libs/auth';
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
  get(@Param('id', ParseIntPipe) id: number) {
    return this.rules.get(id);
  }

  @Post()
  @Roles('admin')
  create(@Body() input: RuleDto) {
    return this.rules.create(input);
  }

  @Put(':id')
  @Roles('admin')
  replace(@Param('id', ParseIntPipe) id: number, @Body() input: RuleDto) {
    return this.rules.replace(id, input);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('admin')
  remove(@Param('id', ParseIntPipe) id: number) {
    return this.rules.remove(id);
  }
}
