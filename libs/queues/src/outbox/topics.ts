import { PUSH_EVENTS, ROOMS, type TicketPush } from '#libs/realtime';
import { QUEUE_NAMES, type QueueName } from '../queue-names.js';
import { NOTICE_JOB, noticeJobId, PLAN_JOB, planJobId, type NoticeJob, type PlanJob } from '../deadline-jobs.js';
import {
  CALLBACK_OPEN_JOB,
  CALLBACK_RETRY_JOB,
  callbackOpenJobId,
  callbackRetryJobId,
  type CallbackOpenJob,
  type CallbackOffer,
  type CallbackRetryJob,
} from '../callback-jobs.js';
import { ROUTE_JOB, routeJobId, type RouteJob } from '../route-job.js';

/** A topic published as a BullMQ job; the deterministic id makes publishing it twice harmless. */
export interface QueueRoute<Payload> {
  via: 'queue';
  queue: QueueName;
  jobName: string;
  jobId(payload: Payload): string;
  /** When the job is to run, epoch ms; absent, at once. */
  runAt?(payload: Payload): number;
}

/** A topic pushed to consoles over Socket.IO; `units` are the units whose counters it changes. */
export interface SocketRoute<Payload> {
  via: 'socket';
  event: string;
  rooms(payload: Payload): string[];
  units(payload: Payload): number[];
}

/** How a topic leaves the outbox. Each `via` has one publisher in the relay. */
export type OutboxRoute<Payload = unknown> = QueueRoute<Payload> | SocketRoute<Payload>;

const toQueue = <Payload>(route: Omit<QueueRoute<Payload>, 'via'>): QueueRoute<Payload> => ({ via: 'queue', ...route });
const toSocket = <Payload>(route: Omit<SocketRoute<Payload>, 'via'>): SocketRoute<Payload> => ({ via: 'socket', ...route });

const CALLBACK_EVENTS: readonly string[] = ['callback_recorded', 'callback_waived'];

/** Every outbox topic and where it goes. */
export const OUTBOX_TOPICS = {
  'ticket.route': toQueue<RouteJob>({
    queue: QUEUE_NAMES.dispatch,
    jobName: ROUTE_JOB,
    jobId: ({ ticketId, version }) => routeJobId(ticketId, version),
  }),
  // A changed assignment or pool ticket: its timers are planned again for its new version.
  'deadlines.plan': toQueue<PlanJob>({ queue: QUEUE_NAMES.deadlines, jobName: PLAN_JOB, jobId: planJobId }),
  'notice.send': toQueue<NoticeJob>({ queue: QUEUE_NAMES.notify, jobName: NOTICE_JOB, jobId: noticeJobId }),
  // A reply approved: its callback task opens (or the sample waives it).
  'callback.open': toQueue<CallbackOpenJob>({ queue: QUEUE_NAMES.callbacks, jobName: CALLBACK_OPEN_JOB, jobId: callbackOpenJobId }),
  // A missed call: the task is offered again once the gap has passed.
  'callback.retry': toQueue<CallbackRetryJob>({
    queue: QUEUE_NAMES.callbacks,
    jobName: CALLBACK_RETRY_JOB,
    jobId: callbackRetryJobId,
    runAt: ({ notBefore }) => notBefore,
  }),
  // A task handed to an agent: their console lists it at once.
  'callback.offered': toSocket<CallbackOffer>({
    event: PUSH_EVENTS.callbackTask,
    rooms: ({ agentUserId }) => [ROOMS.user(agentUserId)],
    units: () => [],
  }),
  // A committed change of a ticket, to the rooms of its units and the centre (only after the commit).
  'ticket.pushed': toSocket<TicketPush>({
    event: PUSH_EVENTS.ticket,
    // A callback's result (and the closing or reopening it brings) reaches the leaders too.
    rooms: ({ unitIds, events }) => [
      ROOMS.center,
      ...unitIds.map(ROOMS.unit),
      ...(events.some((event) => CALLBACK_EVENTS.includes(event)) ? [ROOMS.leaders] : []),
    ],
    units: ({ unitIds }) => unitIds,
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

export const ticketPushMessage = (push: TicketPush): OutboxMessage => ({ topic: 'ticket.pushed', aggregateId: push.ticketId, payload: push });

export const planMessage = (job: PlanJob): OutboxMessage => ({ topic: 'deadlines.plan', aggregateId: job.id, payload: job });

export const noticeMessage = (job: NoticeJob): OutboxMessage => ({ topic: 'notice.send', aggregateId: job.ticketId, payload: job });

export const callbackRetryMessage = (job: CallbackRetryJob): OutboxMessage => ({ topic: 'callback.retry', aggregateId: job.taskId, payload: job });

export const callbackOfferedMessage = (offer: CallbackOffer): OutboxMessage => ({ topic: 'callback.offered', aggregateId: offer.taskId, payload: offer });

export const callbackOpenMessage = (job: CallbackOpenJob): OutboxMessage => ({ topic: 'callback.open', aggregateId: job.ticketId, payload: job });

export const routeOf = (topic: string): OutboxRoute | undefined =>
  Object.hasOwn(OUTBOX_TOPICS, topic) ? OUTBOX_TOPICS[topic as OutboxTopic] : undefined;

/** The queues the relay publishes to: registered in every process, since every process relays. */
export const outboxQueues = (): QueueName[] =>
  Object.values(OUTBOX_TOPICS).flatMap((route: OutboxRoute) => (route.via === 'queue' ? [route.queue] : []));
