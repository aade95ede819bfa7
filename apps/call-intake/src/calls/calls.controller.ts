import { Body, Controller, Get, HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CurrentUser, Roles, type AuthUser } from '#libs/auth';
import { CallStats, type CallBoard } from '#libs/call-stats';
import { invalidField } from '#libs/platform';
import { CallEntity, CallEventEntity } from '#libs/persistence';
import { BoardPusher } from './board-pusher.js';
import { CallLedger } from './call-ledger.js';
import { NEW_CALL } from './call-rows.js';
import { CallBackDto, CallOutcomeDto } from './calls.dto.js';

/** How far back missed calls stay on the call-back list. */
const MISSED_DAYS = 7;

@ApiTags('calls')
@ApiBearerAuth()
@Controller('calls')
export class CallsController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: CallLedger,
    private readonly stats: CallStats,
    private readonly board: BoardPusher,
  ) {}

  /** The same figures the board pushes: today, the last 15 minutes and the last hour, and the queue now. */
  @Get('stats')
  @Roles('operator', 'dispatcher', 'callback_agent', 'leader', 'admin')
  statsNow(): Promise<CallBoard> {
    return this.stats.board();
  }

  /** 漏接回拨: abandoned calls of the last week not yet called back, oldest first. */
  @Get('missed')
  @Roles('operator', 'dispatcher', 'admin')
  missed() {
    return this.db
      .getRepository(CallEntity)
      .createQueryBuilder('call')
      .where("call.status = 'abandoned' AND call.calledBackAt IS NULL")
      .andWhere('call.abandonedAt >= :since', { since: new Date(Date.now() - MISSED_DAYS * 86_400_000) })
      .orderBy('call.abandonedAt', 'ASC')
      .getMany();
  }

  @Get(':callId')
  @Roles('operator', 'dispatcher', 'callback_agent', 'admin')
  async detail(@Param('callId') callId: string) {
    const call = await this.db.getRepository(CallEntity).findOneBy({ callId });
    if (!call || call.status === NEW_CALL) throw new NotFoundException(`No call ${callId}`);
    const [events, tickets] = await Promise.all([
      this.db.getRepository(CallEventEntity).find({ where: { callId }, order: { at: 'ASC' } }),
      this.db.query('SELECT id, number, status FROM tickets WHERE call_id = ? ORDER BY id', [callId]),
    ]);
    return { ...call, events: events.map(({ type, at, payload }) => ({ type, at, ...payload })), tickets };
  }

  @Post(':callId/call-back')
  @HttpCode(200)
  @Roles('operator', 'dispatcher', 'admin')
  async callBack(@Param('callId') callId: string, @Body() input: CallBackDto, @CurrentUser() user: AuthUser) {
    const now = new Date();
    const changes = await this.ledger.transaction((manager) =>
      this.ledger.amend(manager, callId, (row) => {
        if (row.status !== 'abandoned') throw invalidField('callId', `call ${callId} was not abandoned: only missed calls are called back`);
        return { calledBackAt: now, calledBackBy: user.id, callBackResult: input.reached ? 'reached' : 'unreachable' };
      }),
    );
    await this.ledger.publish(changes);
    this.board.touch();
    return this.detail(callId);
  }

  /** One of the five intake outcomes, for a call that ends without a ticket dispatched. */
  @Post(':callId/outcome')
  @HttpCode(200)
  @Roles('operator', 'dispatcher', 'admin')
  async outcome(@Param('callId') callId: string, @Body() input: CallOutcomeDto, @CurrentUser() user: AuthUser) {
    await this.ledger.transaction((manager) =>
      this.ledger.amend(manager, callId, () => ({ outcome: input.outcome, outcomeBy: user.id, outcomeNote: input.note ?? null })),
    );
    return this.detail(callId);
  }
}
