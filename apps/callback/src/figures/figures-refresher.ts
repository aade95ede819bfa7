import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { localDateOf, shiftDate } from '#libs/calendar';
import { UnitFiguresService } from './unit-figures.service.js';

/**
 * Facts keep landing on recent days after they pass: a return is approved days after its dispatch, a
 * callback ends on a later day than the reply. So the last week is recounted every few minutes;
 * older days are settled, and an administrator recounts them on demand after a correction.
 */
export const REFRESH_DAYS = 7;
export const REFRESH_INTERVAL_MS = 5 * 60_000;

@Injectable()
export class FiguresRefresher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(FiguresRefresher.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(private readonly figures: UnitFiguresService) {}

  onApplicationBootstrap(): void {
    this.refreshInBackground();
    this.timer = setInterval(() => this.refreshInBackground(), REFRESH_INTERVAL_MS);
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** The last `REFRESH_DAYS` days, today included. */
  refresh(now = new Date()): Promise<number> {
    const today = localDateOf(now);
    return this.figures.rebuild({ from: shiftDate(today, 1 - REFRESH_DAYS), to: today });
  }

  private refreshInBackground(): void {
    this.running ??= this.refresh()
      .catch((error: Error) => this.logger.warn(`Unit figures refresh failed: ${error.message}`))
      .finally(() => (this.running = undefined));
  }
}
