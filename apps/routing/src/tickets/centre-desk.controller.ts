import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type AuthUser } from '#libs/auth';
import { IdParam, invalidField } from '#libs/platform';
import type { TicketEntity } from '#libs/persistence';
import { DispatchPlanner } from '../dispatch/dispatch-planner.js';
import { factsOf } from '../dispatch/ticket-facts.js';
import { UnitDirectory, type UnitInfo } from '../dispatch/unit-directory.js';
import { ApproveDto, DispatchDto, PressDto, RejectDto, ReviewDto, SupervisedRedoDto } from './dto/centre-commands.dto.js';
import { TicketQueriesService } from './ticket-queries.service.js';
import { DeadlineClock } from '#libs/intake';
import { RUNNING_ASSIGNMENT_STATUSES, type Assignment } from '#libs/domain';
import { actorOf, pickAssignment, WorkflowService, type LoadedTicket } from '#libs/workflow';

const running = (assignment: Assignment) => RUNNING_ASSIGNMENT_STATUSES.includes(assignment.status);

/** The dispatchers' decisions: manual dispatch, review of replies, returns and extensions, urging and supervision, a failed redo. */
@ApiTags('centre desk')
@ApiBearerAuth()
@Roles('dispatcher', 'admin')
@Controller('tickets/:id')
export class CentreDeskController {
  constructor(
    private readonly workflow: WorkflowService,
    private readonly queries: TicketQueriesService,
    private readonly units: UnitDirectory,
    private readonly planner: DispatchPlanner,
    private readonly clock: DeadlineClock,
  ) {}

  @Post('dispatch')
  @HttpCode(200)
  async dispatch(@IdParam() id: number, @Body() input: DispatchDto, @CurrentUser() user: AuthUser) {
    await this.workflow.execute(id, actorOf(user), async (loaded, now) => {
      const primary = await this.primaryOf(loaded.ticket, input);
      const assists = await Promise.all((input.assistUnitIds ?? []).map((unitId) => this.units.byId(unitId)));
      const unknown = (input.assistUnitIds ?? []).filter((_, index) => !assists[index]);
      if (unknown.length > 0) throw invalidField('assistUnitIds', `assistUnitIds ${unknown.join(', ')} are not active units`);
      const choice = { primary, assists: assists as UnitInfo[], designated: input.designate, note: input.note };
      return this.planner.command(factsOf(loaded.ticket), choice, now);
    });
    return this.queries.detail(id, user);
  }

  @Post('review')
  @HttpCode(200)
  async review(@IdParam() id: number, @Body() input: ReviewDto, @CurrentUser() user: AuthUser) {
    await this.workflow.execute(id, actorOf(user), () =>
      input.decision === 'approve'
        ? { type: 'reviewReply', decision: 'approve', ...(input.reason && { note: input.reason }) }
        : { type: 'reviewReply', decision: 'sendBack', reason: input.reason ?? '' },
    );
    return this.queries.detail(id, user);
  }

  @Post('return/approve')
  @HttpCode(200)
  async approveReturn(@IdParam() id: number, @Body() input: ApproveDto, @CurrentUser() user: AuthUser) {
    await this.workflow.execute(id, actorOf(user), (loaded) => ({
      type: 'approveReturn',
      assignmentId: pickAssignment(loaded, input.assignmentId, (a) => a.status === 'return_requested', 'asks to be returned'),
      ...(input.note && { note: input.note }),
    }));
    return this.queries.detail(id, user);
  }

  @Post('return/reject')
  @HttpCode(200)
  async rejectReturn(@IdParam() id: number, @Body() input: RejectDto, @CurrentUser() user: AuthUser) {
    await this.workflow.execute(id, actorOf(user), (loaded) => ({
      type: 'rejectReturn',
      assignmentId: pickAssignment(loaded, input.assignmentId, (a) => a.status === 'return_requested', 'asks to be returned'),
      reason: input.reason,
    }));
    return this.queries.detail(id, user);
  }

  @Post('extension/approve')
  @HttpCode(200)
  async approveExtension(@IdParam() id: number, @Body() input: ApproveDto, @CurrentUser() user: AuthUser) {
    await this.workflow.execute(id, actorOf(user), async (loaded) => {
      const assignmentId = pickAssignment(loaded, input.assignmentId, (a) => a.extensionRequest !== null, 'asks for an extension');
      const assignment = loaded.snapshot.assignments.find((a) => a.id === assignmentId);
      const replyDueAt = assignment?.extensionRequest
        ? await this.clock.extendedReplyDue(assignment.replyDueAt, assignment.extensionRequest.days)
        : new Date();
      return { type: 'approveExtension', assignmentId, replyDueAt, ...(input.note && { note: input.note }) };
    });
    return this.queries.detail(id, user);
  }

  @Post('extension/reject')
  @HttpCode(200)
  async rejectExtension(@IdParam() id: number, @Body() input: RejectDto, @CurrentUser() user: AuthUser) {
    await this.workflow.execute(id, actorOf(user), (loaded) => ({
      type: 'rejectExtension',
      assignmentId: pickAssignment(loaded, input.assignmentId, (a) => a.extensionRequest !== null, 'asks for an extension'),
      reason: input.reason,
    }));
    return this.queries.detail(id, user);
  }

  @Post('urge')
  @HttpCode(200)
  async urge(@IdParam() id: number, @Body() input: PressDto, @CurrentUser() user: AuthUser) {
    await this.workflow.execute(id, actorOf(user), async (loaded) => ({ type: 'urge', ...(await this.pressed(loaded, input, 'urged')) }));
    return this.queries.detail(id, user);
  }

  @Post('supervise')
  @HttpCode(200)
  async supervise(@IdParam() id: number, @Body() input: PressDto, @CurrentUser() user: AuthUser) {
    await this.workflow.execute(id, actorOf(user), async (loaded, now) => ({
      type: 'supervise',
      ...(await this.pressed(loaded, input, 'supervised')),
      dueAt: await this.clock.supervisionDue(now),
    }));
    return this.queries.detail(id, user);
  }

  /** 督办重办: a redo that failed again at the callback goes back to the same unit under a supervision order, whose due it owes its reply by. */
  @Post('reopen')
  @HttpCode(200)
  async reopen(@IdParam() id: number, @Body() input: SupervisedRedoDto, @CurrentUser() user: AuthUser) {
    await this.workflow.execute(id, actorOf(user), async (_loaded, now) => ({ type: 'reopen', ...(await this.clock.supervisedRedoDue(now)), note: input.note }));
    return this.queries.detail(id, user);
  }

  /** The assignment pressed (by default the only one still owing its reply), the note, and when it was last pressed so. */
  private async pressed(loaded: LoadedTicket, input: PressDto, event: 'urged' | 'supervised') {
    const assignmentId = pickAssignment(loaded, input.assignmentId, running, 'still owes its reply');
    return { assignmentId, note: input.note, previousAt: await this.queries.lastEventAt(loaded.ticket.id, assignmentId, event) };
  }

  /** The unit named, or for a designation without one, the district government of the ticket's place. */
  private async primaryOf(ticket: TicketEntity, input: DispatchDto): Promise<UnitInfo> {
    const unit =
      input.unitId !== undefined
        ? await this.units.byId(input.unitId)
        : (await this.units.lookupRegional())(ticket.regionCode.slice(0, 6), 'district');
    if (!unit) throw invalidField('unitId', input.unitId ? `unitId ${input.unitId} is not an active unit` : 'the ticket\'s district has no government unit; name one');
    return unit;
  }
}
