import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type AuthUser } from '#libs/auth';
import { IdParam } from '#libs/platform';
import { KnowledgeArticleDto, SearchKnowledgeQuery } from './knowledge.dto.js';
import { KnowledgeService } from './knowledge.service.js';

/** 知识库 for staff: the operator's ticket form and the consoles search it; administrators keep it. */
@ApiTags('knowledge base')
@ApiBearerAuth()
@Controller('knowledge')
export class KnowledgeController {
  constructor(private readonly knowledge: KnowledgeService) {}

  @Get()
  @Roles('operator', 'dispatcher', 'admin', 'unit_handler', 'unit_admin')
  @ApiOperation({ summary: 'Search articles valid today, best match first (a title match before the rest)' })
  search(@Query() query: SearchKnowledgeQuery, @CurrentUser() user: AuthUser) {
    return this.knowledge.search(query, user);
  }

  @Get(':id')
  @Roles('operator', 'dispatcher', 'admin', 'unit_handler', 'unit_admin')
  @ApiNotFoundResponse({ description: 'No such article, or not valid today and not yours to keep' })
  get(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.knowledge.get(id, user);
  }

  @Post()
  @Roles('admin', 'unit_admin')
  create(@Body() input: KnowledgeArticleDto, @CurrentUser() user: AuthUser) {
    return this.knowledge.create(input, user);
  }

  @Put(':id')
  @Roles('admin', 'unit_admin')
  @ApiNotFoundResponse({ description: 'No such article, or owned by a unit outside yours' })
  replace(@IdParam() id: number, @Body() input: KnowledgeArticleDto, @CurrentUser() user: AuthUser) {
    return this.knowledge.replace(id, input, user);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('admin', 'unit_admin')
  @ApiNotFoundResponse({ description: 'No such article, or owned by a unit outside yours' })
  remove(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.knowledge.remove(id, user);
  }
}
