import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Coalescer } from './coalescer.js';
import { Figures } from './figures.js';
import { PUSH_EVENTS } from './pushes.js';
import { ROOMS, unitOfRoom } from './rooms.js';
import { SocketEmitter } from './socket-emitter.js';

export const SOCKET_EMITTER = 'HOTLINE_SOCKET_EMITTER';

/** Two pushes a second per room: live enough for a dashboard, cheap however busy the hotline is. */
const PUSH_INTERVAL_MS = 500;

/**
 * Keeps the counters on every console current: a changed ticket touches its rooms, and each touched
 * room gets its counts again, recomputed from MySQL, at most every half second.
 */
@Injectable()
export class CountersPusher implements OnModuleDestroy {
  private readonly logger = new Logger(CountersPusher.name);
  private readonly coalescer = new Coalescer<string>((rooms) => this.push(rooms), PUSH_INTERVAL_MS);

  constructor(
    private readonly figures: Figures,
    @Inject(SOCKET_EMITTER) private readonly emitter: SocketEmitter,
  ) {}

  /** The unit rooms of a change, plus the centre's pool and the leaders' board. */
  touch(unitIds: readonly number[]): void {
    this.coalescer.touch([...unitIds.map(ROOMS.unit), ROOMS.center, ROOMS.leaders]);
  }

  onModuleDestroy(): Promise<void> {
    return this.coalescer.stop();
  }

  private async push(rooms: string[]): Promise<void> {
    const results = await Promise.allSettled(rooms.map((room) => this.pushRoom(room)));
    const failed = results.filter((result) => result.status === 'rejected');
    // The next change pushes fresh counts anyway, and a reconnecting client gets a snapshot.
    if (failed.length > 0) this.logger.warn(`counters not pushed to ${failed.length} of ${rooms.length} rooms: ${String(failed[0]!.reason)}`);
  }

  private async pushRoom(room: string): Promise<void> {
    const unitId = unitOfRoom(room);
    if (unitId !== undefined) return this.emitter.emit([room], PUSH_EVENTS.caseload, await this.figures.caseload(unitId));
    if (room === ROOMS.center) return this.emitter.emit([room], PUSH_EVENTS.pool, await this.figures.pool());
    if (room === ROOMS.leaders) return this.emitter.emit([room], PUSH_EVENTS.figures, await this.figures.figures());
  }
}
