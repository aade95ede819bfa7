import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { claimUnpublished, countFailedAttempt, markPublished, type ClaimedRow } from './outbox-store.js';
import { OUTBOX_PUBLISHERS, type OutboxPublisher, type OutboxPublishers, type PendingMessage } from './publisher.js';
import { backoffMs, OUTBOX_RELAY_OPTIONS, type OutboxRelayOptions } from './relay-options.js';
import { OUTBOX_TOPICS, type OutboxRoute, type OutboxTopic } from './topics.js';
import { withTimeout } from '../with-timeout.js';

interface Published {
  published: number[];
  failed: number[];
  error?: unknown;
}

/**
 * Publishes committed outbox rows: claims a batch (`FOR UPDATE SKIP LOCKED`), publishes it, marks
 * it published, all in one transaction. A crash after publishing and before the commit leaves the
 * rows unpublished, to be published again: harmless, since every publisher deduplicates (job ids).
 *
 * Runs on every instance, every `pollIntervalMs`, and at once on `nudge()`. While publishing fails
 * (Redis away) it counts each row's attempts, logs once, backs off, and resumes by itself.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly topics = Object.keys(OUTBOX_TOPICS);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  /** A nudge came while a pass ran, possibly after its claim: run another right after. */
  private nudged = false;
  /** Failed passes in a row; above zero an outage is on and the backoff, not nudges, sets the pace. */
  private failures = 0;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(OUTBOX_PUBLISHERS) private readonly publishers: OutboxPublishers,
    @Inject(OUTBOX_RELAY_OPTIONS) private readonly options: OutboxRelayOptions,
  ) {}

  onApplicationBootstrap(): void {
    this.run();
  }

  /** Publish now rather than at the next poll: call it after committing a transaction that wrote outbox rows. */
  nudge(): void {
    if (this.stopped || this.failures > 0) return;
    if (this.running) this.nudged = true;
    else this.run();
  }

  // Before the queues and the data source close (onApplicationShutdown), so a pass in flight can finish.
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private run(): void {
    clearTimeout(this.timer);
    this.running = this.drain().finally(() => {
      this.running = undefined;
      this.scheduleNext();
    });
  }

  private scheduleNext(): void {
    if (this.stopped) return;
    const nudged = this.nudged;
    this.nudged = false;
    if (nudged && this.failures === 0) return this.run();
    this.timer = setTimeout(() => this.run(), this.failures === 0 ? this.options.pollIntervalMs : backoffMs(this.options, this.failures));
  }

  /** Publishes batch after batch until one is not full or publishing fails. */
  private async drain(): Promise<void> {
    try {
      let claimed: number;
      do claimed = await this.relayBatch();
      while (claimed === this.options.batchSize && !this.stopped);
      if (this.failures > 0) this.logger.log(`Outbox relay publishing again after ${this.failures} failed attempts`);
      this.failures = 0;
    } catch (error) {
      const message = `Outbox relay cannot publish; retrying with backoff: ${(error as Error).message}`;
      if (this.failures === 0) this.logger.warn(message);
      else this.logger.debug(message);
      this.failures += 1;
    }
  }

  /** Returns how many rows it claimed; throws (after committing the attempt counts) when publishing failed. */
  private async relayBatch(): Promise<number> {
    // READ COMMITTED: under REPEATABLE READ the claim's next-key locks reach past the last row and
    // would block every writer's outbox INSERT until the publish is done.
    const outcome = await this.dataSource.transaction('READ COMMITTED', async (manager) => {
      const rows = await claimUnpublished(manager, this.topics, this.options.batchSize);
      const outcome = await this.publish(rows);
      await markPublished(manager, outcome.published, new Date());
      await countFailedAttempt(manager, outcome.failed);
      return { claimed: rows.length, ...outcome };
    });
    if (outcome.failed.length > 0) throw outcome.error;
    return outcome.claimed;
  }

  /** Each kind of route publishes on its own, so one failing does not hold back the others. */
  private async publish(rows: readonly ClaimedRow[]): Promise<Published> {
    const byVia = new Map<OutboxRoute['via'], PendingMessage[]>();
    for (const { id, topic, aggregateId, payload } of rows) {
      const route: OutboxRoute = OUTBOX_TOPICS[topic as OutboxTopic];
      byVia.set(route.via, [...(byVia.get(route.via) ?? []), { id, aggregateId, payload, route }]);
    }
    const outcome: Published = { published: [], failed: [] };
    for (const [via, messages] of byVia) {
      const ids = messages.map((message) => message.id);
      // Grouped by `via`, so each message's route is the one this publisher takes.
      const publisher = this.publishers[via] as OutboxPublisher;
      try {
        await withTimeout(publisher.publish(messages), this.options.publishTimeoutMs, `publishing to ${via}`);
        outcome.published.push(...ids);
      } catch (error) {
        outcome.failed.push(...ids);
        outcome.error ??= error;
      }
    }
    return outcome;
  }
}
