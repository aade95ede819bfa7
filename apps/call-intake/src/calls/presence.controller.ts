import { Body, ConflictException, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CurrentUser, Roles, type AuthUser } from '#libs/auth';
import { mayChangeOwnState, wrapUpClosedBy, wrapUpMs } from '#libs/calls';
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
      // Moved first, under its row lock, and rolled back if the move is refused.
      const before = (await changePresences(manager, [{ userId: user.id, state: input.state, at, callId: null }])).get(user.id);
      if (!mayChangeOwnState(before)) throw new ConflictException('On a call: the call ends first, then its after-call work');
      const wrappedUp = wrapUpClosedBy(before);
      if (wrappedUp === null) return [];
      return this.ledger.amend(manager, wrappedUp, (row) => (row.endedAt ? { wrapUpMs: wrapUpMs(row.endedAt, at) } : null));
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
