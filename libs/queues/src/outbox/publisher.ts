import type { OutboxRoute } from './topics.js';

/** A claimed outbox row, paired with the route of its topic. */
export interface PendingMessage<Route extends OutboxRoute = OutboxRoute> {
  id: number;
  aggregateId: number;
  payload: unknown;
  route: Route;
}

/**
 * Delivers the claimed messages of one kind of route. It may deliver a message more than once
 * (after a crash, or a timeout that fired after all) but must make that harmless, and it either
 * succeeds for all its messages or throws, leaving them all to be published again.
 */
export interface OutboxPublisher<Route extends OutboxRoute = OutboxRoute> {
  publish(messages: readonly PendingMessage<Route>[]): Promise<void>;
}

/** One publisher per `via`: a new kind of route does not compile until it has one. */
export type OutboxPublishers = { [Via in OutboxRoute['via']]: OutboxPublisher<Extract<OutboxRoute, { via: Via }>> };

export const OUTBOX_PUBLISHERS = 'HOTLINE_OUTBOX_PUBLISHERS';
