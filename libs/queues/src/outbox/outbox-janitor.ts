import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { purgePublished } from './outbox-store.js';
import { OUTBOX_RELAY_OPTIONS, type OutboxRelayOptions } from './relay-options.js';

// Small deletes: each one holds its locks briefly, so writers and relays never queue behind it.
const PURGE_BATCH = 1000;

/** Deletes published outbox rows once they are past retention; the audit trail is `ticket_events`, not the outbox. */
@Injectable()
export class OutboxJanitor implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxJanitor.name);
  private timer: NodeJS.Timeout | undefined;
  private purging: Promise<unknown> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(OUTBOX_RELAY_OPTIONS) private readonly options: OutboxRelayOptions,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.purging ??= this.purge()
        .catch((error: Error) => this.logger.warn(`Outbox purge failed: ${error.message}`))
        .finally(() => (this.purging = undefined));
    }, this.options.purgeIntervalMs);
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.purging;
  }

  /** Returns how many rows it deleted. */
  async purge(now = new Date()): Promise<number> {
    const before = new Date(now.getTime() - this.options.retentionMs);
    let total = 0;
    let deleted: number;
    do {
      deleted = await purgePublished(this.dataSource.manager, before, PURGE_BATCH);
      total += deleted;
    } while (deleted === PURGE_BATCH);
    return total;
  }
}
