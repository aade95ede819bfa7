import { Emitter } from '@socket.io/redis-emitter';
import type { Redis } from 'ioredis';

/** The Redis channel prefix shared by the emitters and the realtime app's adapter: one per deployment. */
export const socketKey = (redisPrefix: string): string => `${redisPrefix}:socket.io`;

/**
 * Emits to rooms of every realtime instance through Redis. The library's emitter fires and forgets
 * (a failed PUBLISH would surface as an unhandled rejection); this one hands the PUBLISH promises back,
 * so a caller (the outbox relay) knows whether the push left and can try again if not.
 */
export class SocketEmitter {
  private readonly pending: Promise<unknown>[] = [];
  private readonly emitter: Emitter;

  constructor(redis: Redis, redisPrefix: string) {
    const recording = {
      publish: (channel: string, message: Buffer) => {
        const sent = redis.publish(channel, message);
        this.pending.push(sent);
        return sent;
      },
    };
    this.emitter = new Emitter(recording, { key: socketKey(redisPrefix) });
  }

  async emit(rooms: readonly string[], event: string, payload: unknown): Promise<void> {
    if (rooms.length === 0) return;
    this.emitter.to([...rooms]).emit(event, payload);
    await this.sent();
  }

  /** Closes every socket in the rooms, on every instance: a client that connects again shows its token anew. */
  async disconnect(rooms: readonly string[]): Promise<void> {
    if (rooms.length === 0) return;
    this.emitter.in([...rooms]).disconnectSockets(true);
    await this.sent();
  }

  private async sent(): Promise<void> {
    await Promise.all(this.pending.splice(0));
  }
}
