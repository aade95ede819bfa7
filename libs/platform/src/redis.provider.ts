import { Inject, Injectable, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { Redis } from 'ioredis';
import { SETTINGS, type Settings } from '#libs/settings';

export const REDIS = 'HOTLINE_REDIS';

export const redisProvider: Provider = {
  provide: REDIS,
  inject: [SETTINGS],
  // Commands wait for a reconnect rather than fail at once; a Redis restart is a pause, not an error.
  useFactory: (settings: Settings) => new Redis(settings.redis.url, { connectionName: 'hotline-app' }),
};

@Injectable()
export class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    // QUIT needs a live connection; while ioredis is still retrying it would wait for ever.
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => this.redis.disconnect());
    else this.redis.disconnect();
  }
}
