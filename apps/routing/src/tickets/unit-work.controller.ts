import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type AuthUser } from '#libs/auth';
import { IdParam, invalidField } from '#libs/platform';
import { UnitDirectory } from '../dispatch/unit-directory.js';
import { ExtensionDto, ReplyDto, ReturnDto, SignDto, SubDispatchDto } from './dto/unit-commands.dto.js';
import { TicketQueriesService } from './ticket-queries.service.js';
import { DeadlineClock } from '#libs/intake';
import { actorOf, type LoadedTicket, ownOpen, pickAssignment, WorkflowService } from '#libs/workflow';

/** What a unit does with a ticket dispatched to it: sign, reply, return, ask for time, pass it down. */
@ApiTags('unit work')
@ApiBearerAuth()
@Roles('unit_handler', 'unit_admin')
@Controller('tickets/:id')
export class UnitWorkController {
  constructor(
    private readonly workflow: WorkflowService,
    private readonly queries: TicketQueriesService,
    private readonly units: UnitDirectory,
    private readonly clock: DeadlineClock,
  ) {}

  @Post('sign')
  @HttpCode(200)
  async sign(@IdParam() id: number, @Body() input: SignDto, @CurrentUser() user: AuthUser) {
    await this.workflow.execute(id, actorOf(user), (loaded) => ({
      type: 'sign',
      assignmentId: this.own(loaded, input.assignmentId, user, 'of your unit to sign'),
    }));
    return this.queries.detail(id, user);
  }

  @Post('reply')
  @HttpCode(200)
  async reply(@IdParam() id: number, @Body() input: ReplyDto, @CurrentUser() user: AuthUser) {
    await this.workflow.execute(id, actorOf(user), (loaded) => ({
      type: 'reply',
      assignmentId: this.own(loaded, input.assignmentId, user, 'of your unit to reply to'),
      text: input.content,
      solved: input.solved,
    }));
    return this.queries.detail(id, user);
  }

  @Post('return')
  @HttpCode(200)
  async requestReturn(@IdParam() id: number, @Body() input: ReturnDto, @CurrentUser() user: AuthUser) {
    await this.workflow.execute(id, actorOf(user), (loaded) => ({
      type: 'requestReturn',
      assignmentId: this.own(loaded, input.assignmentId, user, 'of your unit to return'),
      reason: `[${input.reasonCode}] ${input.reason}`,
    }));
    return this.queries.detail(id, user);
  }

  @Post('extension')
  @HttpCode(200)
  async requestExtension(@IdParam() id: number, @Body() input: ExtensionDto, @CurrentUser() user: AuthUser) {
    await this.workflow.execute(id, actorOf(user), (loaded) => ({
      type: 'requestExtension',
      assignmentId: this.own(loaded, input.assignmentId, user, 'of your unit to extend'),
      days: input.days,
      reason: input.reason,
    }));
    return this.queries.detail(id, user);
  }

  @Post('sub-dispatch')
  @HttpCode(200)
  async subDispatch(@IdParam() id: number, @Body() input: SubDispatchDto, @CurrentUser() user: AuthUser) {
    await this.workflow.execute(id, actorOf(user), async (loaded, now) => {
      const parentId = this.own(loaded, input.assignmentId, user, 'of your unit to pass down');
      const parent = loaded.snapshot.assignments.find((assignment) => assignment.id === parentId);
      const [child, parentUnit] = await Promise.all([this.units.byId(input.unitId), parent && this.units.byId(parent.unitId)]);
      if (!child) throw invalidField('unitId', `unitId ${input.unitId} is not an active unit`);
      // The child's clock fits inside the parent's: by default it owes its reply when the parent does.
      const replyDueAt = input.replyDueAt ? new Date(input.replyDueAt) : (parent?.replyDueAt ?? now);
      const due = await this.clock.assignmentDue(loaded.ticket, now);
      return {
        type: 'subDispatch',
        parentAssignmentId: parentId,
        child: { unitId: child.id, unitTier: child.tier, signDueAt: earlier(due.signDueAt, replyDueAt), replyDueAt },
        childIsBelowParent: parentUnit !== undefined && UnitDirectory.isBelow(child, parentUnit),
        ...(input.note && { note: input.note }),
      };
    });
    return this.queries.detail(id, user);
  }

  private own(loaded: LoadedTicket, named: number | null | undefined, user: AuthUser, what: string): number {
    return pickAssignment(loaded, named, ownOpen(user.unitId), what);
  }
}

const earlier = (a: Date, b: Date): Date => (a.getTime() <= b.getTime() ? a : b);
