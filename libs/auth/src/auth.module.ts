import { createSecretKey } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from '#libs/persistence';
import { SETTINGS, type Settings } from '#libs/settings';
import { AccessTokens } from './access-tokens.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { DataScopeService } from './data-scope.js';
import { JwtAuthGuard } from './jwt-auth.guard.js';
import { RolesGuard } from './roles.guard.js';
import { UserStandings } from './user-standing.js';

/**
 * Authentication for every app in the process: the token check and role check run on every route,
 * and the data scope is injectable anywhere. Imported once per process by the platform.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity]),
    JwtModule.registerAsync({
      inject: [SETTINGS],
      useFactory: (settings: Settings) => ({
        // A key object: given a string, jsonwebtoken first tries it as a public key and throws, on every request.
        secret: createSecretKey(Buffer.from(settings.jwt.secret)),
        signOptions: { algorithm: 'HS256', expiresIn: settings.jwt.ttlSeconds },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    AccessTokens,
    UserStandings,
    DataScopeService,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [AccessTokens, DataScopeService, UserStandings],
})
export class AuthModule {}
