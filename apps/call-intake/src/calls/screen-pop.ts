import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PUSH_EVENTS, ROOMS, SOCKET_EMITTER, type SocketEmitter } from '#libs/realtime';
import { NEW_CALL } from './call-rows.js';

const HISTORY = 10;

/** 弹屏: what the answering operator sees of the caller before saying a word. */
export interface ScreenPop {
  callId: string;
  callerNumber: string;
  tickets: { id: number; number: string; status: string; title: string; categoryCode: string; createdAt: Date }[];
  calls: { callId: string; offeredAt: Date | null; status: string; outcome: string | null }[];
}

@Injectable()
export class ScreenPops {
  private readonly logger = new Logger(ScreenPops.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(SOCKET_EMITTER) private readonly emitter: SocketEmitter,
  ) {}

  /** The caller's last tickets and calls, by number (the idx_tickets_phone_created and idx_calls_caller_offered indexes). */
  async of(callId: string, callerNumber: string): Promise<ScreenPop> {
    return (await this.ofAll([{ callId, callerNumber }]))[0]!;
  }

  /**
   * The screen pops of several answered calls, in two statements however many: each caller's queries
   * of `of`, joined by UNION ALL and told apart by a key, so that a CTI batch answering dozens of calls
   * makes two round trips, not two per call.
   */
  async ofAll(asks: readonly { callId: string; callerNumber: string }[]): Promise<ScreenPop[]> {
    if (asks.length === 0) return [];
    const numbers = [...new Set(asks.map((ask) => ask.callerNumber))];
    const [tickets, calls]: [(ScreenPop['tickets'][number] & { k: string })[], (ScreenPop['calls'][number] & { k: number })[]] = await Promise.all([
      this.db.query(
        numbers
          .map(
            () =>
              '(SELECT ? AS k, id, number, status, title, category_code AS categoryCode, created_at AS createdAt FROM tickets WHERE citizen_phone = ? ORDER BY created_at DESC LIMIT ?)',
          )
          .join(' UNION ALL '),
        numbers.flatMap((number) => [number, number, HISTORY]),
      ),
      this.db.query(
        asks
          .map(
            () =>
              "(SELECT ? AS k, call_id AS callId, offered_at AS offeredAt, status, outcome FROM calls WHERE caller_number = ? AND call_id <> ? AND status <> ? ORDER BY offered_at DESC LIMIT ?)",
          )
          .join(' UNION ALL '),
        asks.flatMap(({ callId, callerNumber }, index) => [index, callerNumber, callId, NEW_CALL, HISTORY]),
      ),
    ]);
    // A union's rows come in no promised order: each caller's are put back newest first.
    const newestFirst = (a: Date | null, b: Date | null): number => (b?.getTime() ?? -Infinity) - (a?.getTime() ?? -Infinity) || 0;
    const ticketsOf = Map.groupBy(tickets, (row) => String(row.k));
    const callsOf = Map.groupBy(calls, (row) => String(row.k));
    return asks.map(({ callId, callerNumber }, index) => ({
      callId,
      callerNumber,
      tickets: (ticketsOf.get(callerNumber) ?? []).sort((a, b) => newestFirst(a.createdAt, b.createdAt)).map(({ k: _k, ...ticket }) => ticket),
      calls: (callsOf.get(String(index)) ?? []).sort((a, b) => newestFirst(a.offeredAt, b.offeredAt)).map(({ k: _k, ...call }) => call),
    }));
  }

  /** The pops of a batch's answers, each to its operator's room. */
  async popAll(pops: readonly { operatorId: number; callId: string; callerNumber: string }[]): Promise<void> {
    if (pops.length === 0) return;
    let shown: ScreenPop[];
    try {
      shown = await this.ofAll(pops);
    } catch (error) {
      for (const { callId } of pops) this.logger.warn(`no screen pop for call ${callId}: ${(error as Error).message}`);
      return;
    }
    await Promise.all(
      pops.map(({ operatorId, callId }, index) =>
        this.emitter
          .emit([ROOMS.user(operatorId)], PUSH_EVENTS.screenPop, shown[index])
          .catch((error: Error) => this.logger.warn(`no screen pop for call ${callId}: ${error.message}`)),
      ),
    );
  }
}
