import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { CallLedger } from './call-ledger.js';

const CHECK_EVERY_MS = 5_000;

/**
 * Keeps the live call figures true to MySQL: rebuilt at start-up (Redis may have been flushed or
 * restarted empty), and again whenever an update could not be applied, once Redis answers.
 */
@Injectable()
export class FiguresKeeper implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(FiguresKeeper.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();

  constructor(private readonly ledger: CallLedger) {}

  onApplicationBootstrap(): void {
    this.rebuild('start-up');
    this.timer = setInterval(() => {
      if (this.ledger.isStale) this.rebuild('a lost update');
    }, CHECK_EVERY_MS);
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private rebuild(why: string): void {
    this.running = this.running
      .then(() => this.ledger.rebuildFigures())
      .then(
        (calls) => this.logger.log(`live call figures rebuilt from MySQL after ${why}: ${calls} calls`),
        (error: Error) => this.logger.warn(`live call figures not rebuilt (${error.message}); trying again`),
      );
  }
}
