import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AuthModule } from '#libs/auth';
import { dataSourceOptions } from '#libs/persistence';
import { SETTINGS, type Settings } from '#libs/settings';
import { HealthController } from './health.controller.js';
import { LockConflictFilter } from './lock-conflicts.js';
import { loggingParams } from './logging.js';
import { RedisCloser, redisProvider, REDIS } from './redis.provider.js';

/**
 * What every deployable needs once per process: settings, logging, MySQL (a lock conflict answered
 * as a 409), Redis, authentication and /health. An app's own module holds only its features, so
 * `apps/all` can load every app's features over one platform.
 */
@Module({})
export class PlatformModule {
  static forRoot(appName: string, settings: Settings): DynamicModule {
    const settingsProvider = { provide: SETTINGS, useValue: settings };
    return {
      module: PlatformModule,
      global: true,
      imports: [
        LoggerModule.forRoot(loggingParams(appName, settings)),
        TypeOrmModule.forRoot(dataSourceOptions(settings.db)),
        TerminusModule.forRoot({ logger: false }),
        AuthModule,
      ],
      controllers: [HealthController],
      providers: [settingsProvider, redisProvider, RedisCloser, { provide: APP_FILTER, useClass: LockConflictFilter }],
      exports: [settingsProvider, REDIS],
    };
  }
}
