import type { Queue } from 'bullmq';
import type { QueueName } from '../queue-names.js';
import type { OutboxPublisher, PendingMessage } from './publisher.js';
import type { QueueRoute } from './topics.js';

/** Publishes messages as BullMQ jobs, one `addBulk` per queue; a message's job id comes from its payload. */
export class QueuePublisher implements OutboxPublisher<QueueRoute<unknown>> {
  constructor(private readonly queues: ReadonlyMap<QueueName, Queue>) {}

  async publish(messages: readonly PendingMessage<QueueRoute<unknown>>[]): Promise<void> {
    const byQueue = new Map<QueueName, PendingMessage<QueueRoute<unknown>>[]>();
    for (const message of messages) byQueue.set(message.route.queue, [...(byQueue.get(message.route.queue) ?? []), message]);
    await Promise.all(
      [...byQueue].map(([name, batch]) =>
        this.queueOf(name).addBulk(
          batch.map(({ route, payload }) => ({
            name: route.jobName,
            data: payload,
            opts: { jobId: route.jobId(payload), delay: Math.max(0, (route.runAt?.(payload) ?? 0) - Date.now()) },
          })),
        ),
      ),
    );
  }

  private queueOf(name: QueueName): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`queue ${name} is not registered`);
    return queue;
  }
}
