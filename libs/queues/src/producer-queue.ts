import { Queue, type QueueOptions } from 'bullmq';
import { redisErrorLog } from '#libs/redis';

/** The queue class `@nestjs/bullmq` creates for `@InjectQueue`: a BullMQ queue that copes with Redis being away. */
export class ProducerQueue extends Queue {
  constructor(name: string, options: QueueOptions) {
    super(name, options);
    this.on('error', redisErrorLog(`queue ${name}`));
  }

  /**
   * BullMQ closes with QUIT, which a connection without an offline queue refuses while Redis is
   * away (or times out while it hangs); it then throws and leaves the client reconnecting for ever.
   * Drop the connection instead, without waiting: ioredis never reports the end of a client that
   * was between two reconnect attempts, and BullMQ's `disconnect()` waits for that.
   */
  override async close(): Promise<void> {
    await super.close().catch(() => this.getBackend().connection.disconnect(false));
  }
}
