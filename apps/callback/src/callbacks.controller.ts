import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type AuthUser } from '#libs/auth';
import { IdParam } from '#libs/platform';
import { CallbackDesk } from './callback-desk.service.js';
import { CallbackResultDto, ReadyDto } from './dto/callback-result.dto.js';
import { SamplingRulesDto } from './dto/sampling.dto.js';
import { ReadyAgents } from './ready-agents.js';
import { SamplingRules } from './sampling-rules.js';

/** The callback agents' workbench (回访工作台). */
@ApiTags('callbacks')
@ApiBearerAuth()
@Controller()
export class CallbacksController {
  constructor(
    private readonly desk: CallbackDesk,
    private readonly agents: ReadyAgents,
    private readonly sampling: SamplingRules,
  ) {}

  /** Whether the caller is among the ready agents (a console reloaded mid-shift shows it as it is). */
  @Get('callbacks/ready')
  @Roles('callback_agent')
  async isReady(@CurrentUser() user: AuthUser) {
    return { ready: await this.agents.isReady(user.id) };
  }

  @Post('callbacks/ready')
  @Roles('callback_agent')
  @HttpCode(200)
  async ready(@Body() input: ReadyDto, @CurrentUser() user: AuthUser) {
    await this.desk.setReady(user, input.ready);
    return { ready: await this.agents.isReady(user.id) };
  }

  /** The tasks offered to the caller, the earliest due first, with whom to call and about what. */
  @Get('callbacks/mine')
  @Roles('callback_agent')
  mine(@CurrentUser() user: AuthUser) {
    return this.desk.offeredTo(user.id);
  }

  @Post('callbacks/:id/result')
  @Roles('callback_agent')
  @HttpCode(200)
  async result(@IdParam() id: number, @Body() input: CallbackResultDto, @CurrentUser() user: AuthUser) {
    return { outcome: await this.desk.record(id, user, input) };
  }

  @Get('callback-sampling')
  @Roles('admin', 'dispatcher', 'callback_agent')
  list() {
    return this.sampling.list();
  }

  @Put('callback-sampling')
  @Roles('admin')
  async replace(@Body() input: SamplingRulesDto) {
    const rules = input.rules.map((rule) => ({ categoryPrefix: rule.categoryPrefix, requestType: rule.requestType ?? null, percent: rule.percent }));
    await this.sampling.replace(rules);
    return this.sampling.list();
  }
}
