import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { CallStats } from '#libs/call-stats';
import { Coalescer, PUSH_EVENTS, ROOMS, SOCKET_EMITTER, type SocketEmitter } from '#libs/realtime';

/** Twice a second at most: live for a wall screen, and the same cost at 5 calls a minute or 5,000. */
const PUSH_INTERVAL_MS = 500;

/** Pushes the phones' board to the centre and the leaders after calls change. */
@Injectable()
export class BoardPusher implements OnModuleDestroy {
  private readonly logger = new Logger(BoardPusher.name);
  private readonly coalescer = new Coalescer<string>(() => this.push(), PUSH_INTERVAL_MS);

  constructor(
    private readonly stats: CallStats,
    @Inject(SOCKET_EMITTER) private readonly emitter: SocketEmitter,
  ) {}

  touch(): void {
    this.coalescer.touch(['board']);
  }

  onModuleDestroy(): Promise<void> {
    return this.coalescer.stop();
  }

  private async push(): Promise<void> {
    try {
      await this.emitter.emit([ROOMS.center, ROOMS.leaders], PUSH_EVENTS.calls, await this.stats.board());
    } catch (error) {
      this.logger.warn(`call board not pushed: ${(error as Error).message}`);
    }
  }
}
