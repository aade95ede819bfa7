import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { failFastOptions, redisErrorLog } from '#libs/redis';
import { SETTINGS, type Settings } from '#libs/settings';
import { CountersPusher, SOCKET_EMITTER } from './counters-pusher.js';
import { Figures } from './figures.js';
import { SocketEmitter } from './socket-emitter.js';

export const SOCKET_EMITTER_REDIS = 'HOTLINE_SOCKET_EMITTER_REDIS';

@Injectable()
class EmitterRedisCloser implements OnApplicationShutdown {
  constructor(@Inject(SOCKET_EMITTER_REDIS) private readonly redis: Redis) {}

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}

/**
 * What any app needs to push to consoles: the emitter (through Redis to every realtime instance) and
 * the coalesced counters. Pushes fail fast while Redis is away, like queue producers.
 */
@Global()
@Module({
  providers: [
    {
      provide: SOCKET_EMITTER_REDIS,
      inject: [SETTINGS],
      useFactory: (settings: Settings) => {
        const redis = new Redis(settings.redis.url, { ...failFastOptions, connectionName: 'hotline-emitter' });
        redis.on('error', redisErrorLog('socket emitter'));
        return redis;
      },
    },
    {
      provide: SOCKET_EMITTER,
      inject: [SOCKET_EMITTER_REDIS, SETTINGS],
      useFactory: (redis: Redis, settings: Settings) => new SocketEmitter(redis, settings.redis.prefix),
    },
    EmitterRedisCloser,
    Figures,
    CountersPusher,
  ],
  exports: [SOCKET_EMITTER, Figures, CountersPusher],
})
export class RealtimePublisherModule {}
