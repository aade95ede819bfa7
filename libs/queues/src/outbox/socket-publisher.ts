import type { CountersPusher, SocketEmitter } from '#libs/realtime';
import type { OutboxPublisher, PendingMessage } from './publisher.js';
import type { SocketRoute } from './topics.js';

/**
 * Pushes messages to consoles through the Redis emitter, then has the counters of the rooms they
 * touched pushed again (coalesced). A push repeated after a crash only repeats a notification.
 */
export class SocketPublisher implements OutboxPublisher<SocketRoute<unknown>> {
  constructor(
    private readonly emitter: SocketEmitter,
    private readonly counters: CountersPusher,
  ) {}

  async publish(messages: readonly PendingMessage<SocketRoute<unknown>>[]): Promise<void> {
    await Promise.all(messages.map(({ route, payload }) => this.emitter.emit(route.rooms(payload), route.event, payload)));
    this.counters.touch([...new Set(messages.flatMap(({ route, payload }) => route.units(payload)))]);
  }
}
