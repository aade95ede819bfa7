import { Injectable } from '@nestjs/common';
import { presenceMoves, type CtiEvent } from '#libs/calls';
import { BoardPusher } from '../calls/board-pusher.js';
import { CallLedger } from '../calls/call-ledger.js';
import { changePresences } from '../calls/presence.js';
import { ScreenPops } from '../calls/screen-pop.js';
import type { CtiEventDto } from './cti-events.dto.js';

export interface Receipt {
  /** Events recorded now. */
  accepted: number;
  /** Events seen before (by call id and type): they changed nothing. */
  duplicates: number;
}

/**
 * Takes the CTI's call events: records them (repeats and any order change nothing), moves the
 * operators' presence with them, and after the commit updates the live figures, pops the caller's
 * history on the answering operator's screen and pushes the board.
 */
@Injectable()
export class CtiIntake {
  constructor(
    private readonly ledger: CallLedger,
    private readonly screenPops: ScreenPops,
    private readonly board: BoardPusher,
  ) {}

  async receive(input: readonly CtiEventDto[]): Promise<Receipt> {
    const events: CtiEvent[] = input.map((event) => ({ ...event, at: new Date(event.at) }));
    const recorded = await this.ledger.record(events, (manager, { records, fresh }) => changePresences(manager, presenceMoves(records, fresh)));
    await this.ledger.publish(recorded.changes);
    await this.screenPops.popAll(
      recorded.fresh.filter((event) => event.type === 'answered').map(({ operatorId, callId, callerNumber }) => ({ operatorId: operatorId!, callId, callerNumber })),
    );
    if (recorded.fresh.length > 0) this.board.touch();
    return { accepted: recorded.fresh.length, duplicates: events.length - recorded.fresh.length };
  }
}
