import { Controller, Get, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '#libs/auth';
import { IdParam } from '#libs/platform';
import { TextQuery } from '../text-query.dto.js';
import { KnowledgeService } from './knowledge.service.js';

/** The public mailbox page's 知识库 search: no login, public articles valid today, no owner details. */
@ApiTags('public mailbox')
@Public()
@Controller('public/knowledge')
export class PublicKnowledgeController {
  constructor(private readonly knowledge: KnowledgeService) {}

  @Get()
  @ApiOperation({ summary: 'The best 10 public articles for a search (or the latest, without one)' })
  search(@Query() query: TextQuery) {
    return this.knowledge.publicSearch(query);
  }

  @Get(':id')
  @ApiNotFoundResponse({ description: 'No such public article valid today' })
  get(@IdParam() id: number) {
    return this.knowledge.publicGet(id);
  }
}
