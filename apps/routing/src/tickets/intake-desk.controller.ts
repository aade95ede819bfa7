import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CurrentUser, Roles, type AuthUser } from '#libs/auth';
import { CLOSED_TICKET_STATUSES } from '#libs/domain';
import { IdParam, invalidField } from '#libs/platform';
import { TicketEntity } from '#libs/persistence';
import { MergeDto, NotAcceptDto, ResolveDirectDto, TransferDto } from './dto/intake-commands.dto.js';
import { TicketQueriesService } from './ticket-queries.service.js';
import { actorOf, WorkflowService } from '#libs/workflow';

/** A ticket ends at intake without a unit: answered, transferred, not accepted, or merged (66号 five outcomes). */
@ApiTags('intake desk')
@ApiBearerAuth()
@Roles('operator', 'dispatcher', 'admin')
@Controller('tickets/:id')
export class IntakeDeskController {
  constructor(
    private readonly workflow: WorkflowService,
    private readonly queries: TicketQueriesService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Post('resolve-direct')
  @HttpCode(200)
  async resolveDirect(@IdParam() id: number, @Body() input: ResolveDirectDto, @CurrentUser() user: AuthUser) {
    await this.workflow.execute(id, actorOf(user), () => ({ type: 'resolveDirectly', answer: input.answer }));
    return this.queries.detail(id, user);
  }

  @Post('transfer')
  @HttpCode(200)
  async transfer(@IdParam() id: number, @Body() input: TransferDto, @CurrentUser() user: AuthUser) {
    await this.workflow.execute(id, actorOf(user), () => ({ type: 'transfer', to: input.to, ...(input.note && { note: input.note }) }));
    return this.queries.detail(id, user);
  }

  @Post('not-accept')
  @HttpCode(200)
  async notAccept(@IdParam() id: number, @Body() input: NotAcceptDto, @CurrentUser() user: AuthUser) {
    await this.workflow.execute(id, actorOf(user), () => ({ type: 'notAccept', outcome: input.outcome, basis: input.basis }));
    return this.queries.detail(id, user);
  }

  @Post('merge')
  @HttpCode(200)
  async merge(@IdParam() id: number, @Body() input: MergeDto, @CurrentUser() user: AuthUser) {
    await this.workflow.execute(id, actorOf(user), async () => {
      const into = await this.db.getRepository(TicketEntity).findOneBy({ id: input.intoTicketId });
      if (!into || into.id === id || CLOSED_TICKET_STATUSES.includes(into.status)) {
        throw invalidField('intoTicketId', `intoTicketId ${input.intoTicketId} is not another open ticket`);
      }
      return { type: 'merge', intoTicketId: into.id, ...(input.note && { note: input.note }) };
    });
    return this.queries.detail(id, user);
  }
}
