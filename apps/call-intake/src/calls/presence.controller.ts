import { Body, ConflictException, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CurrentUser, Roles, type AuthUser } from '#libs/auth';
import { BoardPusher } from './board-pusher.js';
import { CallLedger } from './call-ledger.js';
import { PresenceDto } from './calls.dto.js';
import { changePresences } from './presence.js';

@ApiTags('presence')
@ApiBearerAuth()
@Controller('presence')
export class PresenceController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: CallLedger,
    private readonly board: BoardPusher,
  ) {}

  /** 示闲/示忙: an operator's own state. Leaving after-call work closes the last call's handle time. */
  @Post()
  @HttpCode(200)
  @Roles('operator', 'callback_agent')
  async set(@Body() input: PresenceDto, @CurrentUser() user: AuthUser) {
    const at = new Date();
    const changes = await this.ledger.transaction(async (manager) => {
      const before = (await changePresences(manager, [{ userId: user.id, state: input.state, at, callId: null }])).get(user.id);
      if (before?.state === 'on_call') throw new ConflictException('On a call: the call ends first, then its after-call work');
      if (before?.state !== 'after_call_work' || before.callId === null) return [];
      return this.ledger.amend(manager, before.callId, (row) => (row.endedAt ? { wrapUpMs: Math.max(0, at.getTime() - row.endedAt.getTime()) } : null));
    });
    await this.ledger.publish(changes);
    this.board.touch();
    return { userId: user.id, state: input.state, since: at };
  }

  /** Every operator's state now, for the centre's supervisors and the leaders. */
  @Get()
  @Roles('dispatcher', 'leader', 'admin')
  list() {
    return this.db.query(
      "SELECT p.user_id AS userId, u.display_name AS name, p.state, p.since, p.call_id AS callId FROM operator_presence p JOIN users u ON u.id = p.user_id WHERE p.state <> 'offline' ORDER BY p.state, p.since",
    );
  }
}
