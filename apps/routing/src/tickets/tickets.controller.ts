import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type AuthUser } from '#libs/auth';
import { TicketIntakeService } from '#libs/intake';
import { IdParam } from '#libs/platform';
import { CreateTicketDto } from './dto/create-ticket.dto.js';
import { ListTicketsQuery } from './dto/list-tickets.query.js';
import { TicketQueriesService } from './ticket-queries.service.js';
import { actorOf } from '#libs/workflow';

/** 工单: registration, the lists every console shows, and one ticket with its timeline. */
@ApiTags('tickets')
@ApiBearerAuth()
@Controller('tickets')
export class TicketsController {
  constructor(
    private readonly intake: TicketIntakeService,
    private readonly queries: TicketQueriesService,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('operator', 'dispatcher', 'admin')
  register(@Body() input: CreateTicketDto, @CurrentUser() user: AuthUser) {
    return this.intake.register(input, { actor: actorOf(user), ownerUserId: user.id });
  }

  @Get()
  list(@Query() query: ListTicketsQuery, @CurrentUser() user: AuthUser) {
    return this.queries.list(query, user);
  }

  @Get(':id')
  detail(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.queries.detail(id, user);
  }
}
