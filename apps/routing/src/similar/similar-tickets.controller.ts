import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '#libs/auth';
import { SimilarTicketsQuery } from './similar-tickets.query.js';
import { SimilarTicketsService } from './similar-tickets.service.js';

@ApiTags('tickets')
@ApiBearerAuth()
@Roles('operator', 'dispatcher', 'admin')
@Controller('similar-tickets')
export class SimilarTicketsController {
  constructor(private readonly similar: SimilarTicketsService) {}

  @Get()
  @ApiOperation({ summary: '重复诉求: up to 5 open tickets of the same category and region in the last 30 days with similar text' })
  find(@Query() query: SimilarTicketsQuery) {
    return this.similar.find(query);
  }
}
