import { QUEUE_NAMES, type QueueName } from '../queue-names.js';
import { ROUTE_JOB, routeJobId, type RouteJob } from '../route-job.js';

/** A topic published as a BullMQ job; the deterministic id makes publishing it twice harmless. */
export interface QueueRoute<Payload> {
  via: 'queue';
  queue: QueueName;
  jobName: string;
  jobId(payload: Payload): string;
}

/**
 * How a topic leaves the outbox. Each `via` has one publisher in the relay; a topic pushed over
 * Socket.IO will be a second member of this union with its publisher beside `QueuePublisher`.
 */
export type OutboxRoute<Payload = unknown> = QueueRoute<Payload>;

const toQueue = <Payload>(route: Omit<QueueRoute<Payload>, 'via'>): QueueRoute<Payload> => ({ via: 'queue', ...route });

/** Every outbox topic and where it goes. */
export const OUTBOX_TOPICS = {
  'ticket.route': toQueue<RouteJob>({
    queue: QUEUE_NAMES.dispatch,
    jobName: ROUTE_JOB,
    jobId: ({ ticketId, version }) => routeJobId(ticketId, version),
  }),
} satisfies Record<string, OutboxRoute>;

export type OutboxTopic = keyof typeof OUTBOX_TOPICS;

export type OutboxPayload<Topic extends OutboxTopic> = (typeof OUTBOX_TOPICS)[Topic] extends OutboxRoute<infer Payload> ? Payload : never;

/** A message to write with `writeOutbox`: its payload is checked against its topic. */
export type OutboxMessage = {
  [Topic in OutboxTopic]: { topic: Topic; aggregateId: number; payload: OutboxPayload<Topic> };
}[OutboxTopic];

export const routeMessage = (ticketId: number, version: number): OutboxMessage => ({
  topic: 'ticket.route',
  aggregateId: ticketId,
  payload: { ticketId, version },
});

export const routeOf = (topic: string): OutboxRoute | undefined =>
  Object.hasOwn(OUTBOX_TOPICS, topic) ? OUTBOX_TOPICS[topic as OutboxTopic] : undefined;

/** The queues the relay publishes to: registered in every process, since every process relays. */
export const outboxQueues = (): QueueName[] =>
  Object.values(OUTBOX_TOPICS).flatMap((route: OutboxRoute) => (route.via === 'queue' ? [route.queue] : []));
