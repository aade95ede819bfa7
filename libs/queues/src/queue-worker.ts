import { Worker, type Processor, type WorkerOptions } from 'bullmq';
import { redisErrorLog, workerConnection } from '#libs/redis';

/**
 * The worker class `@nestjs/bullmq` creates for each `@Processor`. It hands a worker its queue's
 * connection options, which fail fast for producers; a worker needs the opposite (see
 * `workerConnection`), so the connection is converted here rather than in every processor.
 */
export class QueueWorker extends Worker {
  /** From the settings, when the queues module starts: `@nestjs/bullmq` is given this class, not its options. */
  static jobLockMs = 30_000;

  constructor(name: string, processor: Processor, options: WorkerOptions) {
    // A stalled check as often as a lock lasts: a dead worker's job is taken up one to two locks later.
    const lock = { lockDuration: QueueWorker.jobLockMs, stalledInterval: QueueWorker.jobLockMs };
    super(name, processor, { ...lock, ...options, connection: workerConnection(options.connection) });
    this.on('error', redisErrorLog(`worker ${name}`));
  }

  /**
   * Lets running jobs finish, unless Redis is away: BullMQ's graceful close then never returns (it
   * awaits the blocking connection's end, which ioredis does not report between reconnect
   * attempts). A forced close only drops the connections; a job it cuts short is worked again
   * once its lock expires.
   */
  override async close(force = false): Promise<void> {
    await super.close(force || !(await this.connected()));
  }

  private async connected(): Promise<boolean> {
    const { connection, blockingConnection } = this.getBackend();
    for (const each of [connection, blockingConnection]) {
      if (each && (each.status !== 'ready' || (await each.client).status !== 'ready')) return false;
    }
    return true;
  }
}
