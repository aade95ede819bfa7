import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { CountersPusher, RealtimePublisherModule, SOCKET_EMITTER, type SocketEmitter } from '#libs/realtime';
import { SETTINGS, type Settings } from '#libs/settings';
import { producerConnection } from '#libs/redis';
import { DEFAULT_JOB_OPTIONS } from './job-options.js';
import { OutboxJanitor } from './outbox/outbox-janitor.js';
import { OutboxRelay } from './outbox/outbox-relay.js';
import { OUTBOX_PUBLISHERS, type OutboxPublishers } from './outbox/publisher.js';
import { QueuePublisher } from './outbox/queue-publisher.js';
import { SocketPublisher } from './outbox/socket-publisher.js';
import { DEFAULT_RELAY_OPTIONS, OUTBOX_RELAY_OPTIONS, type OutboxRelayOptions } from './outbox/relay-options.js';
import { outboxQueues } from './outbox/topics.js';
import { ProducerQueue } from './producer-queue.js';
import { ALL_QUEUES, type QueueName } from './queue-names.js';
import { QueueWorker } from './queue-worker.js';

const publishersProvider = (queues: readonly QueueName[]): Provider => ({
  provide: OUTBOX_PUBLISHERS,
  inject: [SOCKET_EMITTER, CountersPusher, ...queues.map((name) => getQueueToken(name))],
  useFactory: (emitter: SocketEmitter, counters: CountersPusher, ...registered: Queue[]): OutboxPublishers => ({
    queue: new QueuePublisher(new Map(registered.map((queue) => [queue.name as QueueName, queue]))),
    socket: new SocketPublisher(emitter, counters),
  }),
});

/**
 * BullMQ for one process, once (it is global): the queues under the deployment's key prefix, for
 * `@InjectQueue(name)` and `@Processor(name)`, and the outbox relay (`OutboxRelay.nudge()`), which
 * publishes to the queues and, through the realtime publisher, to the consoles.
 * Needs the platform's global `SETTINGS`.
 */
@Module({})
export class QueuesModule {
  /**
   * `queues`: those this process produces to or works on. The relay's target queues are added
   * whatever the list, since every instance relays.
   */
  static forRoot(queues: readonly QueueName[] = ALL_QUEUES, relay: Partial<OutboxRelayOptions> = {}): DynamicModule {
    // Which classes `@nestjs/bullmq` instantiates is a static setting of its module.
    BullModule.queueClass = ProducerQueue;
    BullModule.workerClass = QueueWorker;
    const names = [...new Set([...queues, ...outboxQueues()])];
    const bull = [
      BullModule.forRootAsync({
        inject: [SETTINGS],
        useFactory: (settings: Settings) => {
          QueueWorker.jobLockMs = settings.queues.jobLockMs;
          return {
            connection: producerConnection(settings.redis.url),
            prefix: settings.redis.prefix,
            defaultJobOptions: DEFAULT_JOB_OPTIONS,
          };
        },
      }),
      BullModule.registerQueue(...names.map((name) => ({ name }))),
    ];
    return {
      module: QueuesModule,
      global: true,
      imports: [...bull, RealtimePublisherModule],
      providers: [
        { provide: OUTBOX_RELAY_OPTIONS, useValue: { ...DEFAULT_RELAY_OPTIONS, ...relay } },
        publishersProvider(names),
        OutboxRelay,
        OutboxJanitor,
      ],
      exports: [...bull, OutboxRelay, OutboxJanitor],
    };
  }
}
